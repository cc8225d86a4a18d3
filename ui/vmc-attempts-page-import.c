/* vmc-attempts-page-import.c: recordings made elsewhere brought into the Attempts view
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A trainer grades a workshop's voicemails (phone recordings, messages recorded with another
 * app): chosen in a file chooser or dropped on the view, several at once. Each is analysed in
 * turn by the speech service (its worker) and kept in the library (a job in a worker), and the
 * list shows it as it comes; the action bar says how far the import is and can stop it. A file
 * in the library already is skipped; one that cannot be read or analysed is named with its
 * reason at the end, and the others go on. The files themselves are left as they are.
 */
#define G_LOG_DOMAIN "vmc-attempts"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "vmc-attempts-page-private.h"
#include "vmc-file-filters.h"
#include "vmc-speech-service.h"

struct _VmcImport
{
  GPtrArray    *paths;       /* every file asked for, in order */
  guint         next;        /* the one being imported */
  guint         kept;
  guint         already;
  GString      *failed;      /* "name: why" lines */
  GCancellable *cancellable;
};

/* Stops what is under way, if anything, and frees @import */
void
_vmc_import_free (VmcImport *import)
{
  g_cancellable_cancel (import->cancellable);
  g_ptr_array_unref (import->paths);
  g_string_free (import->failed, TRUE);
  g_object_unref (import->cancellable);
  g_free (import);
}

static void import_next (VmcAttemptsPage *self);

static void
show_progress (VmcAttemptsPage *self)
{
  VmcImport *import = self->import;
  g_autofree char *name = g_filename_display_basename (import->paths->pdata[import->next]);
  /* TRANSLATORS: in the Attempts view's bar: which file of how many, then its name */
  g_autofree char *text = g_strdup_printf (_("Importing %u of %u: %s"), import->next + 1,
                                           import->paths->len, name);

  gtk_label_set_text (self->import_label, text);
  gtk_revealer_set_reveal_child (self->import_revealer, TRUE);
}

/* The import has ended (every file, or stopped): what came of it */
static void
finish (VmcAttemptsPage *self,
        gboolean         stopped)
{
  VmcImport *import = g_steal_pointer (&self->import);
  g_autoptr(GString) said = g_string_new (NULL);

  gtk_revealer_set_reveal_child (self->import_revealer, FALSE);
  gtk_label_set_text (self->import_label, "");
  if (stopped)
    /* TRANSLATORS: how many were imported before the import was stopped, of how many */
    g_string_append_printf (said, ngettext ("Import stopped: %u recording of %u kept.",
                                            "Import stopped: %u recordings of %u kept.", import->paths->len),
                            import->kept, import->paths->len);
  else
    g_string_append_printf (said, ngettext ("Imported %u recording.", "Imported %u recordings.", import->kept),
                            import->kept);
  if (import->already)
    {
      g_string_append_c (said, ' ');
      g_string_append_printf (said, ngettext ("%u was in the library already.", "%u were in the library already.",
                                              import->already), import->already);
    }
  if (import->failed->len)
    {
      /* a dialog, not a toast: the trainer reads which files to look at, however many */
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
      GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                  _("Some Recordings Were Not Imported"), NULL);

      g_string_append (said, "\n");
      g_string_append (said, import->failed->str);
      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), said->str);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
  else
    _vmc_attempts_page_toast (self, adw_toast_new (said->str));
  _vmc_import_free (import);
}

static void
failed (VmcAttemptsPage *self,
        const GError    *error)
{
  VmcImport *import = self->import;
  g_autofree char *name = g_filename_display_basename (import->paths->pdata[import->next]);

  /* most messages name the file already */
  if (strstr (error->message, name))
    g_string_append_printf (import->failed, "\n%s", error->message);
  else
    g_string_append_printf (import->failed, "\n%s: %s", name, error->message);
}

typedef struct
{
  char        *path;
  VmcAnalysis *analysis;
} Keep;

static void
keep_free (gpointer p)
{
  Keep *k = p;

  g_free (k->path);
  vmc_analysis_unref (k->analysis);
  g_free (k);
}

static gpointer
keep_thread (VmcLibrary    *library,
             gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  Keep *k = data;
  gint64 id = vmc_library_import_file (library, k->path, k->analysis, NULL, NULL, NULL, error);

  /* 1: kept, 0: in the library already (brought in meanwhile) or not kept (@error) */
  return GINT_TO_POINTER (id != 0);
}

static void
kept (GObject      *source,
      GAsyncResult *result,
      gpointer      data)
{
  VmcAttemptsPage *self = VMC_ATTEMPTS_PAGE (source);
  g_autoptr(GError) error = NULL;
  gboolean new = GPOINTER_TO_INT (g_task_propagate_pointer (G_TASK (result), &error));

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->import == NULL)
    return;
  if (error)
    failed (self, error);
  else if (new)
    self->import->kept++;
  else
    self->import->already++;
  self->import->next++;
  import_next (self);
}

/* An analysis under way: the page, and the import it is for (stopped if cancelled) */
typedef struct
{
  VmcAttemptsPage *self;
  GCancellable    *cancellable;
} Step;

static void
analyzed (GObject      *source,
          GAsyncResult *result,
          gpointer      data)
{
  Step *step = data;
  g_autoptr(VmcAttemptsPage) self = step->self;
  g_autoptr(GCancellable) cancellable = step->cancellable;
  g_autoptr(GError) error = NULL;
  VmcAnalysis *analysis = vmc_speech_service_analyze_file_finish (VMC_SPEECH_SERVICE (source), result, NULL, &error);
  Keep *k;

  g_free (step);
  if (g_cancellable_is_cancelled (cancellable) || self->import == NULL)
    {
      g_clear_pointer (&analysis, vmc_analysis_unref);
      return;
    }
  if (analysis == NULL)
    {
      failed (self, error);
      self->import->next++;
      import_next (self);
      return;
    }
  k = g_new0 (Keep, 1);
  k->path = g_strdup (self->import->paths->pdata[self->import->next]);
  k->analysis = analysis;
  _vmc_attempts_page_run_job (self, "[vmc] import", keep_thread, k, keep_free, NULL, self->import->cancellable, kept);
}

static gpointer
find_thread (VmcLibrary    *library,
             gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  return GINT_TO_POINTER (vmc_library_find_import (library, data) != 0);
}

static void
found (GObject      *source,
       GAsyncResult *result,
       gpointer      data)
{
  VmcAttemptsPage *self = VMC_ATTEMPTS_PAGE (source);
  g_autoptr(GError) error = NULL;
  gboolean there = GPOINTER_TO_INT (g_task_propagate_pointer (G_TASK (result), &error));
  VmcAnalysisOptions options;
  Step *step;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->import == NULL)
    return;
  if (there)
    {
      self->import->already++;
      self->import->next++;
      import_next (self);
      return;
    }
  vmc_analysis_options_init (&options);
  vmc_analysis_options_set_target (&options, g_settings_get_double (self->settings, "target-seconds"));
  step = g_new0 (Step, 1);
  step->self = g_object_ref (self);
  step->cancellable = g_object_ref (self->import->cancellable);
  vmc_speech_service_analyze_file_async (vmc_speech_service_get_default (), self->import->paths->pdata[self->import->next],
                                         NULL, &options, self->import->cancellable, analyzed, step);
}

static void
import_next (VmcAttemptsPage *self)
{
  VmcImport *import = self->import;

  if (import->next >= import->paths->len)
    {
      finish (self, FALSE);
      return;
    }
  show_progress (self);
  /* one asked for twice in the same import is found kept the second time */
  _vmc_attempts_page_run_job (self, "[vmc] import: kept already?", find_thread,
                              g_strdup (import->paths->pdata[import->next]), g_free, NULL, import->cancellable, found);
}

/**
 * vmc_attempts_page_import:
 * @files: (element-type GFile): recordings
 *
 * Analyses @files one after another and keeps them in the library; those given while an
 * import runs join it. Files that are not on this computer are named and left out.
 */
void
vmc_attempts_page_import (VmcAttemptsPage *self,
                          GSList          *files)
{
  GString *elsewhere = NULL;
  guint added = 0;

  g_return_if_fail (VMC_IS_ATTEMPTS_PAGE (self));

  if (self->library == NULL)
    {
      _vmc_attempts_page_show_error (self, _("The attempts library is not available, so nothing can be imported."));
      return;
    }
  if (self->import == NULL)
    {
      self->import = g_new0 (VmcImport, 1);
      self->import->paths = g_ptr_array_new_with_free_func (g_free);
      self->import->failed = g_string_new (NULL);
      self->import->cancellable = g_cancellable_new ();
    }
  for (GSList *l = files; l; l = l->next)
    {
      const char *path = g_file_peek_path (l->data);

      if (path)
        {
          g_ptr_array_add (self->import->paths, g_strdup (path));
          added++;
        }
      else
        {
          g_autofree char *uri = g_file_get_uri (l->data);

          if (!elsewhere)
            elsewhere = g_string_new (NULL);
          g_string_append_printf (elsewhere, "\n%s", uri);
        }
    }
  if (elsewhere)
    {
      g_autofree char *message = g_strdup_printf (_("Only files on this computer can be imported. Copy these here "
                                                    "first:%s"), elsewhere->str);

      _vmc_attempts_page_show_error (self, message);
      g_string_free (elsewhere, TRUE);
    }
  if (self->import->paths->len == 0)
    g_clear_pointer (&self->import, _vmc_import_free);
  else if (added == self->import->paths->len)   /* a new import: start it */
    import_next (self);
  else
    show_progress (self);
}

static void
stop_import_action (GtkWidget  *widget,
                    const char *name,
                    GVariant   *param)
{
  VmcAttemptsPage *self = VMC_ATTEMPTS_PAGE (widget);

  if (self->import != NULL)
    finish (self, TRUE);   /* what is under way is dropped */
}

static void
on_import_response (GtkNativeDialog *dialog,
                    int              response,
                    VmcAttemptsPage *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) chosen = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));
      g_autoslist(GFile) list = NULL;

      for (guint i = g_list_model_get_n_items (chosen); i > 0; i--)
        list = g_slist_prepend (list, g_list_model_get_item (chosen, i - 1));
      vmc_attempts_page_import (self, list);
    }
  g_clear_object (&self->chooser);
}

static void
import_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  VmcAttemptsPage *self = VMC_ATTEMPTS_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->chooser)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Import Recordings"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (self->chooser), TRUE);
  vmc_file_filters_add_audio (GTK_FILE_CHOOSER (self->chooser));
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_import_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

void
_vmc_attempts_page_class_init_import (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "attempts.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "attempts.stop-import", NULL, stop_import_action);
}
