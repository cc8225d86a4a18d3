/* vmc-attempts-page-compare.c: two attempts of the Attempts view side by side
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The two attempts selected, or the one shown and the one made before it, are read in a
 * worker and shown in the comparison (the older on the left); Back goes to where the
 * comparison was asked for.
 */
#define G_LOG_DOMAIN "vmc-attempts"

#include "config.h"

#include <glib/gi18n.h>

#include "vmc-attempts-page-private.h"

/* ---- compared ---- */

typedef struct
{
  Loaded *older;
  Loaded *newer;
} Pair;

static void
pair_free (gpointer p)
{
  Pair *pair = p;

  g_clear_pointer (&pair->older, _vmc_attempts_page_loaded_free);
  g_clear_pointer (&pair->newer, _vmc_attempts_page_loaded_free);
  g_free (pair);
}

static gpointer
pair_thread (VmcLibrary    *library,
             gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  gint64 *ids = data;
  Pair *pair = g_new0 (Pair, 1);

  if (!(pair->older = _vmc_attempts_page_load_one (library, ids[0], cancellable, error)) ||
      !(pair->newer = _vmc_attempts_page_load_one (library, ids[1], cancellable, error)))
    {
      pair_free (pair);
      return NULL;
    }
  /* the older on the left, whichever way they were chosen */
  if (g_date_time_compare (vmc_attempt_get_created (pair->older->attempt),
                           vmc_attempt_get_created (pair->newer->attempt)) > 0)
    {
      Loaded *t = pair->older;

      pair->older = pair->newer;
      pair->newer = t;
    }
  return pair;
}

static void
pair_loaded (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  VmcAttemptsPage *self = VMC_ATTEMPTS_PAGE (source);
  g_autoptr(GError) error = NULL;
  Pair *pair = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (pair == NULL)
    {
      _vmc_attempts_page_show_error (self, error->message);
      gtk_stack_set_visible_child_name (self->stack, self->back_to);
      return;
    }
  vmc_compare_view_set_attempts (_vmc_attempts_page_get_compare_view (self),
                                 pair->older->attempt, pair->older->analysis, pair->older->clip,
                                 pair->newer->attempt, pair->newer->analysis, pair->newer->clip);
  gtk_widget_set_visible (GTK_WIDGET (self->compare_view), TRUE);
  pair_free (pair);
}

/**
 * vmc_attempts_page_compare:
 *
 * Shows two attempts side by side (the older on the left), read in a worker.
 */
void
vmc_attempts_page_compare (VmcAttemptsPage *self,
                           gint64           older,
                           gint64           newer)
{
  gint64 *ids;

  g_return_if_fail (VMC_IS_ATTEMPTS_PAGE (self));

  if (self->library == NULL)
    return;
  _vmc_attempts_page_leave_shown (self, &self->compare_cancellable);
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "compare") != 0)
    self->back_to = g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "attempt") == 0 ? "attempt" : "browse";
  /* the last comparison is not shown while the next is read */
  vmc_compare_view_stop (_vmc_attempts_page_get_compare_view (self));
  gtk_widget_set_visible (GTK_WIDGET (self->compare_view), FALSE);
  gtk_stack_set_visible_child_name (self->stack, "compare");
  _vmc_attempts_page_update_actions (self);
  ids = g_new (gint64, 2);
  ids[0] = older;
  ids[1] = newer;
  _vmc_attempts_page_run_job (self, "[vmc] compare", pair_thread, ids, g_free, pair_free, self->compare_cancellable,
                              pair_loaded);
}

static void
compare_selected_action (GtkWidget  *widget,
                         const char *name,
                         GVariant   *param)
{
  VmcAttemptsPage *self = VMC_ATTEMPTS_PAGE (widget);
  g_autoptr(GArray) ids = _vmc_attempts_page_selected_ids (self);

  if (ids->len == 2)
    vmc_attempts_page_compare (self, g_array_index (ids, gint64, 1), g_array_index (ids, gint64, 0));
}

/* The attempt made before @data's, of all of them (not only those listed) */
static gpointer
previous_thread (VmcLibrary    *library,
                 gpointer       data,
                 GCancellable  *cancellable,
                 GError       **error)
{
  gint64 id = *(gint64 *)data;
  g_autoptr(GArray) all = vmc_library_find (library, NULL, error);
  gint64 *found;

  if (all == NULL)
    return NULL;
  for (guint i = 0; i + 1 < all->len; i++)
    if (g_array_index (all, gint64, i) == id)
      {
        found = g_new (gint64, 1);
        *found = g_array_index (all, gint64, i + 1);
        return found;
      }
  g_set_error_literal (error, VMC_LIBRARY_ERROR, VMC_LIBRARY_ERROR_NOT_FOUND,
                       _("This is the first attempt: there is none before it to compare with."));
  return NULL;
}

static void
previous_found (GObject      *source,
                GAsyncResult *result,
                gpointer      data)
{
  VmcAttemptsPage *self = VMC_ATTEMPTS_PAGE (source);
  g_autoptr(GError) error = NULL;
  g_autofree gint64 *previous = g_task_propagate_pointer (G_TASK (result), &error);

  if (previous == NULL)
    {
      if (error && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _vmc_attempts_page_toast (self, adw_toast_new (error->message));
      return;
    }
  if (self->opened)
    vmc_attempts_page_compare (self, *previous, vmc_attempt_get_id (self->opened));
}

static void
compare_previous_action (GtkWidget  *widget,
                         const char *name,
                         GVariant   *param)
{
  VmcAttemptsPage *self = VMC_ATTEMPTS_PAGE (widget);
  gint64 *id;

  if (self->opened == NULL)
    return;
  id = g_new (gint64, 1);
  *id = vmc_attempt_get_id (self->opened);
  _vmc_attempts_page_run_job (self, "[vmc] previous", previous_thread, id, g_free, g_free, NULL, previous_found);
}

void
_vmc_attempts_page_class_init_compare (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "attempts.compare-selected", NULL, compare_selected_action);
  gtk_widget_class_install_action (widget_class, "attempts.compare-previous", NULL, compare_previous_action);
}
