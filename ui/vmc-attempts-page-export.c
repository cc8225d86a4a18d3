/* vmc-attempts-page-export.c: attempts exported from the Attempts view: PDF, web page, CSV
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The attempt shown as a PDF or a web page, or the attempts listed as a table (CSV): a file
 * chooser asks where, a worker writes the file, and a toast offers to open it.
 */
#define G_LOG_DOMAIN "vmc-attempts"

#include "config.h"

#include <glib/gi18n.h>

#include "vmc-attempts-page-private.h"
#include "vmc-export.h"
#include "vmc-export-pdf.h"

/* ---- exported ---- */

typedef enum { EXPORT_CSV, EXPORT_PDF, EXPORT_HTML } ExportKind;

typedef struct
{
  ExportKind kind;
  char      *path;
  GArray    *ids;       /* CSV: the attempts listed */
  gint64     id;        /* PDF, HTML: the attempt */
} ExportJob;

static void
export_job_free (gpointer p)
{
  ExportJob *e = p;

  g_free (e->path);
  g_clear_pointer (&e->ids, g_array_unref);
  g_free (e);
}

static gpointer
export_thread (VmcLibrary    *library,
               gpointer       data,
               GCancellable  *cancellable,
               GError       **error)
{
  ExportJob *e = data;
  gboolean ok;

  if (e->kind == EXPORT_CSV)
    {
      g_autoptr(GPtrArray) attempts = vmc_library_get_attempts (library, (const gint64 *)(void *)e->ids->data,
                                                                e->ids->len, error);
      g_autofree char *csv = NULL;

      if (attempts == NULL)
        return NULL;
      csv = vmc_export_csv (attempts);
      ok = vmc_export_write (e->path, csv, strlen (csv), error);
    }
  else
    {
      g_autoptr(VmcAttempt) attempt = vmc_library_get_attempt (library, e->id, error);
      g_autoptr(VmcAnalysis) analysis = attempt ? vmc_library_load_analysis (library, e->id, error) : NULL;

      if (analysis == NULL)
        return NULL;
      ok = e->kind == EXPORT_PDF ? vmc_export_pdf (attempt, analysis, e->path, error)
                                 : vmc_export_html (attempt, analysis, e->path, error);
    }
  return ok ? g_strdup (e->path) : NULL;
}

static void
on_open_export (AdwToast *t,
                gpointer  data)
{
  const char *uri = g_object_get_data (G_OBJECT (t), "uri");
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri (uri, NULL, &error))
    g_warning ("Could not open %s: %s", uri, error->message);
}

static void
exported (GObject      *source,
          GAsyncResult *result,
          gpointer      data)
{
  VmcAttemptsPage *self = VMC_ATTEMPTS_PAGE (source);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_task_propagate_pointer (G_TASK (result), &error);
  g_autofree char *name = NULL, *title = NULL;
  AdwToast *t;

  if (path == NULL)
    {
      if (error)
        _vmc_attempts_page_show_error (self, error->message);
      return;
    }
  g_debug ("Exported %s", path);
  name = g_filename_display_basename (path);
  /* TRANSLATORS: a file written */
  title = g_strdup_printf (_("Saved “%s”"), name);
  t = adw_toast_new (title);
  adw_toast_set_button_label (t, _("_Open"));
  g_object_set_data_full (G_OBJECT (t), "uri", g_filename_to_uri (path, NULL, NULL), g_free);
  g_signal_connect (t, "button-clicked", G_CALLBACK (on_open_export), NULL);
  _vmc_attempts_page_toast (self, t);
}

static void
on_export_response (GtkNativeDialog *dialog,
                    int              response,
                    VmcAttemptsPage *self)
{
  ExportJob *e = g_object_steal_data (G_OBJECT (dialog), "job");
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog))) && g_file_peek_path (file))
    {
      e->path = g_file_get_path (file);
      _vmc_attempts_page_run_job (self, "[vmc] export", export_thread, e, export_job_free, g_free, NULL, exported);
    }
  else
    export_job_free (e);
  g_clear_object (&self->chooser);
}

/* Asks where to save, then exports in a worker */
static void
export_to (VmcAttemptsPage *self,
           ExportJob       *e,
           const char      *title,
           const char      *name,
           const char      *pattern,
           const char      *filter_name)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->chooser)
    {
      export_job_free (e);
      return;
    }
  self->chooser = gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (filter, filter_name);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_object_set_data (G_OBJECT (self->chooser), "job", e);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_export_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static char *
file_name_for (VmcAttempt *attempt,
               const char *extension)
{
  g_autofree char *stamp = g_date_time_format (vmc_attempt_get_created (attempt), "%Y-%m-%d-%H%M");

  /* TRANSLATORS: the name offered for an exported attempt: %s is its date, then the extension */
  return g_strdup_printf (_("voicemail-%s.%s"), stamp, extension);
}

static void
export_one_action (GtkWidget  *widget,
                   const char *name,
                   GVariant   *param)
{
  VmcAttemptsPage *self = VMC_ATTEMPTS_PAGE (widget);
  gboolean pdf = g_str_equal (name, "attempts.export-pdf");
  g_autofree char *file = NULL;
  ExportJob *e;

  if (self->opened == NULL)
    return;
  e = g_new0 (ExportJob, 1);
  e->kind = pdf ? EXPORT_PDF : EXPORT_HTML;
  e->id = vmc_attempt_get_id (self->opened);
  file = file_name_for (self->opened, pdf ? "pdf" : "html");
  export_to (self, e, pdf ? _("Export as PDF") : _("Export as Web Page"), file,
             pdf ? "*.pdf" : "*.html", pdf ? _("PDF documents") : _("Web pages"));
}

static void
export_csv_action (GtkWidget  *widget,
                   const char *name,
                   GVariant   *param)
{
  VmcAttemptsPage *self = VMC_ATTEMPTS_PAGE (widget);
  guint n = self->list ? g_list_model_get_n_items (G_LIST_MODEL (self->list)) : 0;
  ExportJob *e;

  if (n == 0)
    return;
  e = g_new0 (ExportJob, 1);
  e->kind = EXPORT_CSV;
  e->ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n);
  for (guint i = 0; i < n; i++)
    {
      gint64 id = vmc_attempt_get_id (vmc_attempt_list_get_attempt (self->list, i));

      g_array_append_val (e->ids, id);
    }
  export_to (self, e, _("Export the Attempts Listed"), _("attempts.csv"), "*.csv", _("Tables (CSV)"));
}

void
_vmc_attempts_page_class_init_export (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "attempts.export-pdf", NULL, export_one_action);
  gtk_widget_class_install_action (widget_class, "attempts.export-html", NULL, export_one_action);
  gtk_widget_class_install_action (widget_class, "attempts.export-csv", NULL, export_csv_action);
}
