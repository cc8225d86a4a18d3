/* vmc-attempts-page-delete.c: attempts deleted from the Attempts view, with Undo
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The attempts selected, or the one shown, go to the library's trash in a worker; a toast
 * offers Undo (they come back), and when the last Undo offered has gone what was deleted
 * goes for good, its recordings too.
 */
#define G_LOG_DOMAIN "vmc-attempts"

#include "config.h"

#include <glib/gi18n.h>

#include "vmc-attempts-page-private.h"

/* ---- deleted, with Undo ---- */

static gpointer
trash_thread (VmcLibrary    *library,
              gpointer       data,
              GCancellable  *cancellable,
              GError       **error)
{
  GArray *ids = data;

  for (guint i = 0; i < ids->len; i++)
    if (!vmc_library_trash (library, g_array_index (ids, gint64, i), error))
      return NULL;
  return g_array_ref (ids);
}

static gpointer
restore_thread (VmcLibrary    *library,
                gpointer       data,
                GCancellable  *cancellable,
                GError       **error)
{
  GArray *ids = data;

  for (guint i = 0; i < ids->len; i++)
    if (!vmc_library_restore (library, g_array_index (ids, gint64, i), error))
      return NULL;
  return GINT_TO_POINTER (1);
}

static gpointer
purge_thread (VmcLibrary    *library,
              gpointer       data,
              GCancellable  *cancellable,
              GError       **error)
{
  vmc_library_purge (library, error);
  return GINT_TO_POINTER (1);
}

static void
job_done (GObject      *source,
          GAsyncResult *result,
          gpointer      data)
{
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_pointer (G_TASK (result), &error) && error &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    _vmc_attempts_page_show_error (VMC_ATTEMPTS_PAGE (source), error->message);
}

static void
on_undo (AdwToast        *t,
         VmcAttemptsPage *self)
{
  GArray *ids = g_object_get_data (G_OBJECT (t), "ids");

  g_object_set_data (G_OBJECT (t), "undone", GINT_TO_POINTER (1));
  _vmc_attempts_page_run_job (self, "[vmc] undo delete", restore_thread, g_array_ref (ids),
                              (GDestroyNotify)g_array_unref, NULL, NULL, job_done);
}

static void
on_toast_dismissed (AdwToast        *t,
                    VmcAttemptsPage *self)
{
  /* the last Undo offered has gone: what was deleted goes for good (its recordings too) */
  if (--self->pending_deletes == 0 && self->library)
    _vmc_attempts_page_run_job (self, "[vmc] purge", purge_thread, NULL, NULL, NULL, NULL, job_done);
  g_object_unref (self);
}

static void
trashed (GObject      *source,
         GAsyncResult *result,
         gpointer      data)
{
  VmcAttemptsPage *self = VMC_ATTEMPTS_PAGE (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = g_task_propagate_pointer (G_TASK (result), &error);
  g_autofree char *title = NULL;
  AdwToast *t;

  if (ids == NULL)
    {
      if (error)
        _vmc_attempts_page_show_error (self, error->message);
      return;
    }
  title = ids->len == 1 ? g_strdup (_("Attempt deleted"))
                        : g_strdup_printf (ngettext ("%u attempt deleted", "%u attempts deleted", ids->len), ids->len);
  t = adw_toast_new (title);
  adw_toast_set_button_label (t, _("_Undo"));
  adw_toast_set_priority (t, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (t), "ids", g_array_ref (ids), (GDestroyNotify)g_array_unref);
  g_signal_connect (t, "button-clicked", G_CALLBACK (on_undo), self);
  self->pending_deletes++;
  g_signal_connect (t, "dismissed", G_CALLBACK (on_toast_dismissed), g_object_ref (self));
  _vmc_attempts_page_toast (self, t);
}

static void
delete_ids (VmcAttemptsPage *self,
            GArray          *ids)
{
  if (ids->len == 0 || self->library == NULL)
    return;
  if (self->opened)
    for (guint i = 0; i < ids->len; i++)
      if (g_array_index (ids, gint64, i) == vmc_attempt_get_id (self->opened))
        {
          vmc_attempts_page_show_list (self);
          break;
        }
  _vmc_attempts_page_run_job (self, "[vmc] delete", trash_thread, g_array_ref (ids), (GDestroyNotify)g_array_unref,
                              (GDestroyNotify)g_array_unref, NULL, trashed);
}

static void
delete_selected_action (GtkWidget  *widget,
                        const char *name,
                        GVariant   *param)
{
  VmcAttemptsPage *self = VMC_ATTEMPTS_PAGE (widget);
  g_autoptr(GArray) ids = _vmc_attempts_page_selected_ids (self);

  delete_ids (self, ids);
}

static void
delete_opened_action (GtkWidget  *widget,
                      const char *name,
                      GVariant   *param)
{
  VmcAttemptsPage *self = VMC_ATTEMPTS_PAGE (widget);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 id;

  if (self->opened == NULL)
    return;
  id = vmc_attempt_get_id (self->opened);
  g_array_append_val (ids, id);
  delete_ids (self, ids);
}

void
_vmc_attempts_page_class_init_delete (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "attempts.delete-selected", NULL, delete_selected_action);
  gtk_widget_class_install_action (widget_class, "attempts.delete-opened", NULL, delete_opened_action);
}
