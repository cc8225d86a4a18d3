/* vmc-window-library.c: the window's attempts: every one kept, the views switched
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A recording is made in the library's audio folder; once it is analysed it is kept as an
 * attempt (its row, then its audio as FLAC) in a worker, while the result is already shown.
 * A recording opened is kept too (its audio copied in as FLAC, the file left where it is;
 * opened again, it is not kept twice). At start, what a crash left behind is made whole: a
 * recording cut off, or finished and never kept, is analysed and kept, and a toast offers it.
 * If the library cannot be opened (a later version's, a folder that is not ours), recording
 * still works: the recordings stay in the audio folder and are kept once it can be opened.
 */
#define G_LOG_DOMAIN "vmc-window"

#include "config.h"

#include <glib/gi18n.h>

#include "vmc-store.h"
#include "vmc-window-private.h"

/* ---- the views ---- */

/* The header's buttons for the view shown: the plan's button on Practice only */
void
_vmc_window_update_view (VmcWindow *self)
{
  const char *view = adw_view_stack_get_visible_child_name (self->view_stack);
  gboolean practice = g_strcmp0 (view, "practice") == 0;

  gtk_widget_set_visible (self->plan_button, practice && adw_flap_get_folded (self->flap));
  if (!practice)
    vmc_result_view_stop (self->result_view);
  if (g_strcmp0 (view, "attempts") != 0)
    vmc_attempts_page_stop (self->attempts_page);
  _vmc_window_update_actions (self);
}

static void
on_flap_folded (AdwFlap    *flap,
                GParamSpec *pspec,
                VmcWindow  *self)
{
  _vmc_window_update_view (self);
}

/**
 * vmc_window_show_view:
 * @view: "practice", "attempts" or "progress"
 */
void
vmc_window_show_view (VmcWindow  *self,
                      const char *view)
{
  g_return_if_fail (VMC_IS_WINDOW (self));

  if (adw_view_stack_get_child_by_name (self->view_stack, view) == NULL)
    {
      g_warning ("No view %s", view);
      return;
    }
  adw_view_stack_set_visible_child_name (self->view_stack, view);
}

/* Shows attempt @id on the Attempts view */
void
vmc_window_open_attempt (VmcWindow *self,
                         gint64     id)
{
  g_return_if_fail (VMC_IS_WINDOW (self));

  adw_view_stack_set_visible_child_name (self->view_stack, "attempts");
  vmc_attempts_page_open_attempt (self->attempts_page, id);
}

/* Shows attempts @a and @b side by side on the Attempts view */
void
vmc_window_compare (VmcWindow *self,
                    gint64     a,
                    gint64     b)
{
  g_return_if_fail (VMC_IS_WINDOW (self));

  adw_view_stack_set_visible_child_name (self->view_stack, "attempts");
  vmc_attempts_page_compare (self->attempts_page, a, b);
}

/* Practise Again on an attempt: its plan in the plan panel, and the Practice view */
static void
on_practise_again (VmcAttemptsPage *page,
                   VmcPlan         *plan,
                   VmcWindow       *self)
{
  vmc_plan_panel_set_plan (self->plan_panel, plan);
  adw_view_stack_set_visible_child_name (self->view_stack, "practice");
  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, TRUE);
  adw_toast_overlay_add_toast (self->toast_overlay,
                               adw_toast_new (_("The plan of that attempt is filled in: press Record when you are ready")));
}

/* ---- keeping attempts ---- */

/* Returns: (transfer full): where the next recording goes (the library's audio folder) */
char *
_vmc_window_new_recording_path (VmcWindow *self)
{
  g_autofree char *dir = NULL;
  char *path;

  if (self->library)
    path = vmc_library_new_recording_path (self->library);
  else
    {
      dir = vmc_store_default_dir ();
      g_mkdir_with_parents (dir, 0700);
      path = vmc_store_new_recording_path (dir);
    }
  g_ptr_array_add (self->recorded, g_strdup (path));
  return path;
}

typedef struct
{
  VmcLibrary  *library;
  VmcAnalysis *analysis;
  char        *recording;   /* a recording made in the library's folder, or NULL */
  char        *source;      /* a file opened, or NULL */
  VmcPlan     *plan;
} Keep;

static void
keep_free (gpointer p)
{
  Keep *k = p;

  g_object_unref (k->library);
  vmc_analysis_unref (k->analysis);
  g_free (k->recording);
  g_free (k->source);
  g_clear_pointer (&k->plan, vmc_plan_free);
  g_free (k);
}

static void
keep_thread (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  Keep *k = data;
  GError *error = NULL;
  gint64 id;

  if (k->recording)
    {
      id = vmc_library_add (k->library, k->analysis, k->recording, k->plan, NULL, &error);
      /* kept: now its audio as FLAC (if that fails the WAV stays, and is kept as it is) */
      if (id && !vmc_library_keep_as_flac (k->library, id, &error))
        {
          g_warning ("%s", error->message);
          g_clear_error (&error);
        }
    }
  else
    id = vmc_library_import_file (k->library, k->source, k->analysis, k->plan, NULL, NULL, &error);
  if (error)
    g_task_return_error (task, error);
  else
    g_task_return_int (task, id);
}

static void
kept (GObject      *source,
      GAsyncResult *result,
      gpointer      data)
{
  VmcWindow *self = VMC_WINDOW (source);
  g_autoptr(GError) error = NULL;
  Keep *k = g_task_get_task_data (G_TASK (result));
  gint64 id = g_task_propagate_int (G_TASK (result), &error);

  if (error)
    {
      g_autofree char *message = NULL;

      if (k->recording)
        /* TRANSLATORS: the reason, then where the recording stays */
        message = g_strdup_printf (_("This attempt could not be kept: %s. Its recording stays in %s "
                                     "and is kept at the next start."), error->message, k->recording);
      else
        message = g_strdup_printf (_("The recording opened could not be kept: %s."), error->message);
      vmc_window_show_error (self, message);
      return;
    }
  if (id)
    g_debug ("Kept as attempt %" G_GINT64_FORMAT, id);
}

static void
keep (VmcWindow     *self,
      VmcAnalysis   *analysis,
      const char    *recording,
      const char    *opened,
      const VmcPlan *plan)
{
  g_autoptr(GTask) task = NULL;
  Keep *k;

  if (self->library == NULL)
    return;
  k = g_new0 (Keep, 1);
  k->library = g_object_ref (self->library);
  k->analysis = vmc_analysis_ref (analysis);
  k->recording = g_strdup (recording);
  k->source = g_strdup (opened);
  k->plan = plan ? vmc_plan_copy (plan) : NULL;
  task = g_task_new (self, NULL, kept, NULL);
  g_task_set_name (task, "[vmc] keep attempt");
  g_task_set_task_data (task, k, keep_free);
  g_task_run_in_thread (task, keep_thread);
}

/**
 * _vmc_window_keep_attempt:
 * @recording: the attempt's recording, in the library's folder
 *
 * Keeps an attempt just recorded, in a worker.
 */
void
_vmc_window_keep_attempt (VmcWindow     *self,
                          VmcAnalysis   *analysis,
                          const char    *recording,
                          const VmcPlan *plan)
{
  keep (self, analysis, recording, NULL, plan);
}

/**
 * _vmc_window_keep_opened:
 *
 * Keeps a recording opened (analysis->file) as an attempt, in a worker: its audio copied in,
 * once (one already kept, or one of the library's own, is left).
 */
void
_vmc_window_keep_opened (VmcWindow     *self,
                         VmcAnalysis   *analysis,
                         const VmcPlan *plan)
{
  if (self->library == NULL || analysis->file == NULL ||
      g_str_has_prefix (analysis->file, vmc_library_get_dir (self->library)))
    return;
  keep (self, analysis, NULL, analysis->file, plan);
}

/* ---- after a crash ---- */

/* The recordings found after a crash, analysed and kept one at a time */
typedef struct
{
  VmcWindow *window;
  GPtrArray *paths;
  guint      next;
} Recovery;

static void
recovery_free (Recovery *r)
{
  g_object_unref (r->window);
  g_ptr_array_unref (r->paths);
  g_free (r);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Recovery, recovery_free)

static void recover_next (Recovery *r);

static void
on_open_recovered (AdwToast  *toast,
                   VmcWindow *self)
{
  vmc_window_open_attempt (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (toast), "id")));
}

static void
recovered_kept (GObject      *source,
                GAsyncResult *result,
                gpointer      data)
{
  VmcWindow *self = VMC_WINDOW (source);
  g_autoptr(GError) error = NULL;
  gint64 id = g_task_propagate_int (G_TASK (result), &error);

  if (error)
    vmc_window_show_error (self, error->message);
  else
    {
      AdwToast *toast = adw_toast_new (_("A recording cut off when the app stopped was recovered and kept"));

      adw_toast_set_timeout (toast, 0);
      adw_toast_set_button_label (toast, _("_Open"));
      g_object_set_data (G_OBJECT (toast), "id", GSIZE_TO_POINTER ((gsize)id));
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_open_recovered), self, 0);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
  recover_next (data);
}

static void
recovered_analyzed (GObject      *source,
                    GAsyncResult *result,
                    gpointer      data)
{
  g_autoptr(Recovery) r = data;
  VmcWindow *self = r->window;
  const char *path = r->paths->pdata[r->next - 1];
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcAnalysis) analysis = NULL;
  g_autoptr(GTask) task = NULL;
  Keep *k;

  analysis = vmc_speech_service_analyze_file_finish (VMC_SPEECH_SERVICE (source), result, NULL, &error);
  if (analysis == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("A recording cut off when the app stopped could not be "
                                                    "analysed: %s. It stays in %s."), error->message, path);

      vmc_window_show_error (self, message);
      recover_next (g_steal_pointer (&r));
      return;
    }
  /* kept in a worker, then the next one */
  k = g_new0 (Keep, 1);
  k->library = g_object_ref (self->library);
  k->analysis = vmc_analysis_with_file (analysis, path);
  k->recording = g_strdup (path);
  task = g_task_new (self, NULL, recovered_kept, g_steal_pointer (&r));
  g_task_set_name (task, "[vmc] keep recovered");
  g_task_set_task_data (task, k, keep_free);
  g_task_run_in_thread (task, keep_thread);
}

/* Analyses and keeps the next recording found, until there are none */
static void
recover_next (Recovery *r)
{
  VmcAnalysisOptions options;

  if (r->next >= r->paths->len || gtk_widget_in_destruction (GTK_WIDGET (r->window)))
    {
      recovery_free (r);
      return;
    }
  vmc_analysis_options_init (&options);
  vmc_analysis_options_set_target (&options, g_settings_get_double (r->window->settings, "target-seconds"));
  vmc_speech_service_analyze_file_async (r->window->service, r->paths->pdata[r->next++], NULL, &options,
                                         NULL, recovered_analyzed, r);
}

typedef struct
{
  VmcLibrary       *library;
  VmcSpeechService *service;
} Start;

static void
start_free (gpointer p)
{
  Start *start = p;

  g_object_unref (start->library);
  g_object_unref (start->service);
  g_free (start);
}

static void
recover_thread (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  Start *start = data;
  GPtrArray *errors = g_ptr_array_new_with_free_func ((GDestroyNotify)g_error_free);
  g_autofree char *legacy = vmc_store_legacy_dir ();
  GPtrArray *unsaved;

  /* what was deleted and not undone at the last run goes for good; the recordings of
   * version 0.2.0 are brought in once (those without their analysis are analysed again);
   * then what a crash left */
  vmc_library_purge (start->library, NULL);
  vmc_library_import_folder (start->library, legacy, start->service, errors);
  unsaved = vmc_library_recover (start->library, errors);

  g_object_set_data_full (G_OBJECT (task), "errors", errors, (GDestroyNotify)g_ptr_array_unref);
  g_task_return_pointer (task, unsaved, (GDestroyNotify)g_ptr_array_unref);
}

static void
recovered (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  VmcWindow *self = VMC_WINDOW (source);
  GPtrArray *errors = g_object_get_data (G_OBJECT (result), "errors");
  GPtrArray *unsaved = g_task_propagate_pointer (G_TASK (result), NULL);
  Recovery *r;

  for (guint i = 0; errors && i < errors->len; i++)
    vmc_window_show_error (self, ((GError *)errors->pdata[i])->message);
  if (unsaved == NULL)
    return;
  /* one this window recorded meanwhile is being kept by it, not left behind */
  for (guint i = unsaved->len; i-- > 0;)
    if (g_ptr_array_find_with_equal_func (self->recorded, unsaved->pdata[i], g_str_equal, NULL))
      g_ptr_array_remove_index (unsaved, i);
  r = g_new0 (Recovery, 1);
  r->window = g_object_ref (self);
  r->paths = unsaved;
  recover_next (r);
}

/**
 * _vmc_window_recover:
 *
 * Removes for good what was deleted and not undone at the last run, brings in, in a
 * worker, the recordings of version 0.2.0 (once), and makes whole what a
 * crash left between a recording and its attempt; a recording that was never kept is
 * analysed and kept, and offered in a toast.
 */
void
_vmc_window_recover (VmcWindow *self)
{
  g_autoptr(GTask) task = NULL;
  Start *start;

  if (self->library == NULL)
    return;
  start = g_new0 (Start, 1);
  start->library = g_object_ref (self->library);
  start->service = g_object_ref (self->service);
  task = g_task_new (self, NULL, recovered, NULL);
  g_task_set_name (task, "[vmc] recover");
  g_task_set_task_data (task, start, start_free);
  g_task_run_in_thread (task, recover_thread);
}

/* ---- set up ---- */

void
_vmc_window_library_init (VmcWindow *self)
{
  g_autoptr(GError) error = NULL;

  self->recorded = g_ptr_array_new_with_free_func (g_free);
  self->library = vmc_library_get_default (&error);
  if (self->library)
    g_object_ref (self->library);
  else
    vmc_window_show_error (self, error->message);
  vmc_attempts_page_set_library (self->attempts_page, self->library, error);
  vmc_progress_page_set_library (self->progress_page, self->library);
  g_signal_connect_object (self->progress_page, "attempt-activated", G_CALLBACK (vmc_window_open_attempt),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->attempts_page, "practise-again", G_CALLBACK (on_practise_again), self, 0);
  g_signal_connect_object (self->view_stack, "notify::visible-child-name",
                           G_CALLBACK (_vmc_window_update_view), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->flap, "notify::folded", G_CALLBACK (on_flap_folded), self, 0);
  _vmc_window_update_view (self);
}
