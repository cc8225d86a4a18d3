/* vmc-attempts-page.c: every attempt kept: listed, searched, opened, compared, exported
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Attempts view of the window. A list of every attempt, newest first (VmcAttemptList: ids
 * found in a worker, rows read as they are shown), searched as you type and filtered by date
 * and score; one opened in the result view, with its note, analysed again, practised again,
 * compared with another, exported or deleted (with Undo). Nothing here waits for the disk on
 * the main thread: reading, saving and exporting run in workers (GTask), and a result that
 * comes back for an attempt no longer shown is dropped.
 */
#define G_LOG_DOMAIN "vmc-attempts"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "vmc-attempt-list.h"
#include "vmc-attempt-row.h"
#include "vmc-attempts-page.h"
#include "vmc-audio-clip.h"
#include "vmc-compare-view.h"
#include "vmc-export.h"
#include "vmc-export-pdf.h"
#include "vmc-result-view.h"
#include "vmc-speech-service.h"

struct _VmcAttemptsPage
{
  GtkWidget parent_instance;

  /* template */
  GtkStack          *stack;
  GtkSearchEntry    *search_entry;
  GtkDropDown       *date_dropdown;
  GtkDropDown       *score_dropdown;
  GtkStack          *list_stack;
  GtkListView       *list_view;
  GtkLabel          *count_label;
  GtkLabel          *attempt_title;
  AdwEntryRow       *note_row;
  GtkLabel          *attempt_status;
  VmcResultView     *result_view;
  GtkBox            *compare_box;
  AdwStatusPage     *unavailable_page;
  VmcCompareView    *compare_view;

  VmcLibrary        *library;
  VmcAttemptList    *list;
  GtkMultiSelection *selection;
  GSettings         *settings;

  VmcAttempt        *opened;             /* the attempt shown on the attempt page */
  GCancellable      *open_cancellable;   /* reading it; another one opened drops it */
  GCancellable      *analyze_cancellable;
  GCancellable      *compare_cancellable;
  const char        *back_to;            /* where Back goes from the comparison */
  GtkFileChooserNative *chooser;
  guint              pending_deletes;    /* deletions whose Undo is still offered */

  /* for the benchmark (tests/benchmark/bench-library.py reads the debug messages) */
  gint64             search_time;
  gulong             paint_id;
};

G_DEFINE_FINAL_TYPE (VmcAttemptsPage, vmc_attempts_page, GTK_TYPE_WIDGET)

enum {
  SIGNAL_PRACTISE_AGAIN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void update_actions (VmcAttemptsPage *self);
static void on_note_apply (VmcAttemptsPage *self);

/* ---- messages ---- */

static void
toast (VmcAttemptsPage *self,
       AdwToast        *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
show_error (VmcAttemptsPage *self,
            const char      *message)
{
  AdwToast *t = adw_toast_new (message);

  adw_toast_set_timeout (t, 0);
  adw_toast_set_priority (t, ADW_TOAST_PRIORITY_HIGH);
  toast (self, t);
}

/* ---- the list ---- */

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  data)
{
  gtk_list_item_set_child (item, vmc_attempt_row_new ());
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  data)
{
  vmc_attempt_row_set_attempt (VMC_ATTEMPT_ROW (gtk_list_item_get_child (item)),
                               gtk_list_item_get_item (item));
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  data)
{
  vmc_attempt_row_set_attempt (VMC_ATTEMPT_ROW (gtk_list_item_get_child (item)), NULL);
}

/* Which of the list's pages shows: its rows, or why there are none */
static void
update_list_page (VmcAttemptsPage *self)
{
  guint n = self->list ? g_list_model_get_n_items (G_LIST_MODEL (self->list)) : 0;
  gboolean filtered = gtk_editable_get_text (GTK_EDITABLE (self->search_entry))[0] != '\0' ||
                      gtk_drop_down_get_selected (self->date_dropdown) != 0 ||
                      gtk_drop_down_get_selected (self->score_dropdown) != 0;
  g_autofree char *count = NULL;

  if (self->list == NULL || !vmc_attempt_list_get_ready (self->list))
    gtk_stack_set_visible_child_name (self->list_stack, "loading");
  else if (n > 0)
    gtk_stack_set_visible_child_name (self->list_stack, "list");
  else
    gtk_stack_set_visible_child_name (self->list_stack, filtered ? "no-match" : "empty");
  count = g_strdup_printf (ngettext ("%u attempt", "%u attempts", n), n);
  gtk_label_set_text (self->count_label, n ? count : "");
}

/* The first frame with the rows in it (the benchmark's figures) */
static void
after_paint (GdkFrameClock   *clock,
             VmcAttemptsPage *self)
{
  g_autoptr(VmcAttempt) first = NULL;

  if (self->list && g_list_model_get_n_items (G_LIST_MODEL (self->list)) > 0 &&
      (first = g_list_model_get_item (G_LIST_MODEL (self->list), 0)) && !vmc_attempt_is_loaded (first))
    return;
  if (self->search_time)
    g_debug ("Search painted %.1f ms after the keystroke",
             (g_get_monotonic_time () - self->search_time) / 1e3);
  else
    g_debug ("Attempts painted at %" G_GINT64_FORMAT " (monotonic µs), %u rows",
             g_get_monotonic_time (), self->list ? g_list_model_get_n_items (G_LIST_MODEL (self->list)) : 0);
  self->search_time = 0;
  g_clear_signal_handler (&self->paint_id, clock);
}

static void
watch_paint (VmcAttemptsPage *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (clock == NULL || self->paint_id || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;
  self->paint_id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint), self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_query_done (VmcAttemptList  *list,
               VmcAttemptsPage *self)
{
  const GError *error = vmc_attempt_list_get_error (list);

  if (error)
    show_error (self, error->message);
  update_list_page (self);
  update_actions (self);
  watch_paint (self);
}

static void
on_selection_changed (GtkSelectionModel *model,
                      guint              position,
                      guint              n_items,
                      VmcAttemptsPage   *self)
{
  update_actions (self);
}

/* The query of the search words and the filters */
static void
run_query (VmcAttemptsPage *self)
{
  static const int days[] = { 0, 1, 7, 30, 365 };
  static const int lowest[] = { 0, 80, 50, 0 }, highest[] = { 100, 100, 79, 49 };
  g_autoptr(GDateTime) from = NULL;
  guint d = gtk_drop_down_get_selected (self->date_dropdown);
  guint s = gtk_drop_down_get_selected (self->score_dropdown);
  VmcQuery query;

  if (self->list == NULL)
    return;
  vmc_query_init (&query);
  query.search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  if (d > 0 && d < G_N_ELEMENTS (days))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autoptr(GDateTime) today = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                                          g_date_time_get_day_of_month (now), 0, 0, 0);

      from = g_date_time_add_days (today, 1 - days[d]);
      query.from = from;
    }
  if (s < G_N_ELEMENTS (lowest))
    {
      query.min_score = lowest[s];
      query.max_score = highest[s];
    }
  vmc_attempt_list_set_query (self->list, &query);
}

static void
on_search_changed (VmcAttemptsPage *self)
{
  /* a person typing (the entry is also set while the page is made, unseen) */
  self->search_time = gtk_widget_get_mapped (GTK_WIDGET (self)) ? g_get_monotonic_time () : 0;
  run_query (self);
}

static void
on_stop_search (VmcAttemptsPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
on_filter_changed (VmcAttemptsPage *self)
{
  run_query (self);
}

static void
on_activate (VmcAttemptsPage *self,
             guint            position)
{
  VmcAttempt *attempt = vmc_attempt_list_get_attempt (self->list, position);

  if (attempt)
    vmc_attempts_page_open_attempt (self, vmc_attempt_get_id (attempt));
}

/* The ids of the rows selected, in the list's order (newest first) */
static GArray *
selected_ids (VmcAttemptsPage *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GtkBitset) set = NULL;
  GtkBitsetIter iter;
  guint position;

  if (self->selection == NULL)
    return ids;
  set = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  for (gboolean more = gtk_bitset_iter_init_first (&iter, set, &position); more;
       more = gtk_bitset_iter_next (&iter, &position))
    {
      VmcAttempt *a = vmc_attempt_list_get_attempt (self->list, position);

      if (a)
        {
          gint64 id = vmc_attempt_get_id (a);

          g_array_append_val (ids, id);
        }
    }
  return ids;
}

/* ---- workers ---- */

/* A job on the library in a worker: @run there, then @done here with what it gave */
typedef gpointer (*JobFunc) (VmcLibrary *library, gpointer data, GCancellable *cancellable, GError **error);

typedef struct
{
  JobFunc        run;
  gpointer       data;
  GDestroyNotify free_data;
  GDestroyNotify free_result;
  VmcLibrary    *library;
} Job;

static void
job_free (gpointer p)
{
  Job *job = p;

  if (job->free_data)
    job->free_data (job->data);
  g_object_unref (job->library);
  g_free (job);
}

static void
job_thread (GTask        *task,
            gpointer      source,
            gpointer      data,
            GCancellable *cancellable)
{
  Job *job = data;
  GError *error = NULL;
  gpointer result = job->run (job->library, job->data, cancellable, &error);

  if (error)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, result, job->free_result);
}

static void
run_job (VmcAttemptsPage     *self,
         const char          *name,
         JobFunc              run,
         gpointer             data,
         GDestroyNotify       free_data,
         GDestroyNotify       free_result,
         GCancellable        *cancellable,
         GAsyncReadyCallback  done)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, done, NULL);
  Job *job = g_new0 (Job, 1);

  job->run = run;
  job->data = data;
  job->free_data = free_data;
  job->free_result = free_result;
  job->library = g_object_ref (self->library);
  g_task_set_name (task, name);
  g_task_set_task_data (task, job, job_free);
  /* a result for a page that is gone, or a job dropped, is not delivered */
  g_task_set_check_cancellable (task, TRUE);
  g_task_run_in_thread (task, job_thread);
}

/* ---- one attempt ---- */

typedef struct
{
  VmcAttempt   *attempt;
  VmcAnalysis  *analysis;
  VmcAudioClip *clip;
  GError       *clip_error;   /* the recording could not be read: shown without it */
} Loaded;

static void
loaded_free (gpointer p)
{
  Loaded *l = p;

  g_clear_object (&l->attempt);
  g_clear_pointer (&l->analysis, vmc_analysis_unref);
  g_clear_pointer (&l->clip, vmc_audio_clip_unref);
  g_clear_error (&l->clip_error);
  g_free (l);
}

static gpointer
load_one (VmcLibrary    *library,
          gint64         id,
          GCancellable  *cancellable,
          GError       **error)
{
  Loaded *l = g_new0 (Loaded, 1);

  if (!(l->attempt = vmc_library_get_attempt (library, id, error)) ||
      !(l->analysis = vmc_library_load_analysis (library, id, error)))
    {
      loaded_free (l);
      return NULL;
    }
  l->clip = vmc_audio_clip_load (vmc_attempt_get_audio (l->attempt), cancellable, &l->clip_error);
  return l;
}

static gpointer
load_thread (VmcLibrary    *library,
             gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  return load_one (library, *(gint64 *)data, cancellable, error);
}

static void
set_status (VmcAttemptsPage *self,
            const char      *text)
{
  gtk_label_set_text (self->attempt_status, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->attempt_status), text != NULL);
}

static void
opened (GObject      *source,
        GAsyncResult *result,
        gpointer      data)
{
  VmcAttemptsPage *self = VMC_ATTEMPTS_PAGE (source);
  g_autoptr(GError) error = NULL;
  Loaded *l = g_task_propagate_pointer (G_TASK (result), &error);
  g_autofree char *title = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (l == NULL)
    {
      show_error (self, error->message);
      vmc_attempts_page_show_list (self);
      return;
    }
  g_set_object (&self->opened, l->attempt);
  title = vmc_export_title (l->attempt);
  gtk_label_set_text (self->attempt_title, title);
  gtk_editable_set_text (GTK_EDITABLE (self->note_row), vmc_attempt_get_note (l->attempt));
  vmc_result_view_show (self->result_view, l->analysis, l->clip);
  if (l->clip_error)
    {
      g_autofree char *text = g_strdup_printf (_("Its recording cannot be played: %s"), l->clip_error->message);

      set_status (self, text);
    }
  else
    set_status (self, NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->result_view), TRUE);
  update_actions (self);
  loaded_free (l);
}

/* Before another attempt or pair is shown: the note typed is kept, the playing stops, and
 * the read still running for this view is dropped for a new one */
static void
leave_shown (VmcAttemptsPage  *self,
             GCancellable    **reading)
{
  on_note_apply (self);
  vmc_result_view_stop (self->result_view);
  g_cancellable_cancel (*reading);
  g_clear_object (reading);
  *reading = g_cancellable_new ();
}

/**
 * vmc_attempts_page_open_attempt:
 *
 * Shows attempt @id: read in a worker, then shown with its recording, its note and its
 * result (the page turns at once, the result comes when it is read).
 */
void
vmc_attempts_page_open_attempt (VmcAttemptsPage *self,
                                gint64           id)
{
  gint64 *data;

  g_return_if_fail (VMC_IS_ATTEMPTS_PAGE (self));

  if (self->library == NULL)
    return;
  g_cancellable_cancel (self->analyze_cancellable);
  leave_shown (self, &self->open_cancellable);
  if (self->opened == NULL || vmc_attempt_get_id (self->opened) != id)
    {
      g_clear_object (&self->opened);
      gtk_label_set_text (self->attempt_title, "");
      gtk_editable_set_text (GTK_EDITABLE (self->note_row), "");
      vmc_result_view_show (self->result_view, NULL, NULL);
    }
  set_status (self, NULL);
  gtk_stack_set_visible_child_name (self->stack, "attempt");
  update_actions (self);
  data = g_new (gint64, 1);
  *data = id;
  run_job (self, "[vmc] open attempt", load_thread, data, g_free, loaded_free,
           self->open_cancellable, opened);
}

/* ---- the note ---- */

typedef struct
{
  gint64  id;
  char   *note;
} NoteJob;

static void
note_job_free (gpointer p)
{
  NoteJob *n = p;

  g_free (n->note);
  g_free (n);
}

static gpointer
note_thread (VmcLibrary    *library,
             gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  NoteJob *n = data;

  return vmc_library_set_note (library, n->id, n->note, error) ? GINT_TO_POINTER (1) : NULL;
}

static void
note_saved (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_pointer (G_TASK (result), &error) && error)
    show_error (VMC_ATTEMPTS_PAGE (source), error->message);
}

/* Keeps the note as it is in the field, if it changed (Enter, the apply button, or leaving
 * the attempt) */
static void
on_note_apply (VmcAttemptsPage *self)
{
  NoteJob *n;

  if (self->opened == NULL ||
      g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->note_row)), vmc_attempt_get_note (self->opened)) == 0)
    return;
  n = g_new0 (NoteJob, 1);
  n->id = vmc_attempt_get_id (self->opened);
  n->note = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_row)));
  /* shown at once; kept in a worker */
  vmc_attempt_set_note (self->opened, n->note);
  run_job (self, "[vmc] note", note_thread, n, note_job_free, NULL, NULL, note_saved);
}

/* ---- analysed again ---- */

typedef struct
{
  gint64       id;
  VmcAnalysis *analysis;
} Replace;

static void
replace_free (gpointer p)
{
  Replace *r = p;

  g_clear_pointer (&r->analysis, vmc_analysis_unref);
  g_free (r);
}

static gpointer
replace_thread (VmcLibrary    *library,
                gpointer       data,
                GCancellable  *cancellable,
                GError       **error)
{
  Replace *r = data;

  if (!vmc_library_replace_analysis (library, r->id, r->analysis, error))
    return NULL;
  return load_one (library, r->id, cancellable, error);
}

static void
replaced (GObject      *source,
          GAsyncResult *result,
          gpointer      data)
{
  VmcAttemptsPage *self = VMC_ATTEMPTS_PAGE (source);
  g_autoptr(GError) error = NULL;
  Loaded *l = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  set_status (self, NULL);
  if (l == NULL)
    {
      show_error (self, error->message);
      return;
    }
  vmc_result_view_stop (self->result_view);
  vmc_result_view_show (self->result_view, l->analysis, l->clip);
  toast (self, adw_toast_new (_("Analysed again with this version of Voicemail Coach")));
  loaded_free (l);
}

static void
analyzed_again (GObject      *source,
                GAsyncResult *result,
                gpointer      data)
{
  g_autoptr(VmcAttemptsPage) self = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcAnalysis) analysis = NULL;
  Replace *r;

  analysis = vmc_speech_service_analyze_file_finish (VMC_SPEECH_SERVICE (source), result, NULL, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (analysis == NULL || self->opened == NULL)
    {
      set_status (self, NULL);
      if (error)
        show_error (self, error->message);
      return;
    }
  r = g_new0 (Replace, 1);
  r->id = vmc_attempt_get_id (self->opened);
  r->analysis = g_steal_pointer (&analysis);
  run_job (self, "[vmc] keep the new analysis", replace_thread, r, replace_free, loaded_free,
           self->analyze_cancellable, replaced);
}

typedef struct
{
  VmcPlan *plan;
  char    *audio;
} PlanJob;

static gpointer
plan_thread (VmcLibrary    *library,
             gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GError) plan_error = NULL;
  VmcPlan *plan = vmc_library_load_plan (library, *(gint64 *)data, &plan_error);

  /* an attempt without a plan is analysed without one */
  if (plan == NULL && plan_error)
    {
      g_propagate_error (error, g_steal_pointer (&plan_error));
      return NULL;
    }
  return plan ? plan : vmc_plan_new ();
}

static void
plan_loaded_for_analysis (GObject      *source,
                          GAsyncResult *result,
                          gpointer      data)
{
  VmcAttemptsPage *self = VMC_ATTEMPTS_PAGE (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcPlan) plan = g_task_propagate_pointer (G_TASK (result), &error);
  VmcAnalysisOptions options;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (plan == NULL || self->opened == NULL)
    {
      set_status (self, NULL);
      if (error)
        show_error (self, error->message);
      return;
    }
  vmc_analysis_options_init (&options);
  vmc_analysis_options_set_target (&options, g_settings_get_double (self->settings, "target-seconds"));
  vmc_speech_service_analyze_file_async (vmc_speech_service_get_default (),
                                         vmc_attempt_get_audio (self->opened), plan, &options,
                                         self->analyze_cancellable, analyzed_again, g_object_ref (self));
}

static void
analyze_again_action (GtkWidget  *widget,
                      const char *name,
                      GVariant   *param)
{
  VmcAttemptsPage *self = VMC_ATTEMPTS_PAGE (widget);
  gint64 *id;

  if (self->opened == NULL)
    return;
  g_cancellable_cancel (self->analyze_cancellable);
  g_clear_object (&self->analyze_cancellable);
  self->analyze_cancellable = g_cancellable_new ();
  /* the result kept stays shown until the new one is ready */
  set_status (self, _("Analysing again with this version of Voicemail Coach… The result below is the one kept until then."));
  id = g_new (gint64, 1);
  *id = vmc_attempt_get_id (self->opened);
  run_job (self, "[vmc] plan", plan_thread, id, g_free, (GDestroyNotify)vmc_plan_free,
           self->analyze_cancellable, plan_loaded_for_analysis);
}

/* ---- practised again ---- */

static void
plan_loaded_for_practice (GObject      *source,
                          GAsyncResult *result,
                          gpointer      data)
{
  VmcAttemptsPage *self = VMC_ATTEMPTS_PAGE (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcPlan) plan = g_task_propagate_pointer (G_TASK (result), &error);

  if (plan == NULL)
    {
      if (error && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error->message);
      return;
    }
  g_signal_emit (self, signals[SIGNAL_PRACTISE_AGAIN], 0, plan);
}

static void
practise_again_action (GtkWidget  *widget,
                       const char *name,
                       GVariant   *param)
{
  VmcAttemptsPage *self = VMC_ATTEMPTS_PAGE (widget);
  gint64 *id;

  if (self->opened == NULL)
    return;
  vmc_result_view_stop (self->result_view);
  id = g_new (gint64, 1);
  *id = vmc_attempt_get_id (self->opened);
  run_job (self, "[vmc] plan", plan_thread, id, g_free, (GDestroyNotify)vmc_plan_free, NULL,
           plan_loaded_for_practice);
}

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

  g_clear_pointer (&pair->older, loaded_free);
  g_clear_pointer (&pair->newer, loaded_free);
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

  if (!(pair->older = load_one (library, ids[0], cancellable, error)) ||
      !(pair->newer = load_one (library, ids[1], cancellable, error)))
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
      show_error (self, error->message);
      gtk_stack_set_visible_child_name (self->stack, self->back_to);
      return;
    }
  vmc_compare_view_set_attempts (self->compare_view,
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
  leave_shown (self, &self->compare_cancellable);
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "compare") != 0)
    self->back_to = g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "attempt") == 0 ? "attempt" : "browse";
  /* the last comparison is not shown while the next is read */
  vmc_compare_view_stop (self->compare_view);
  gtk_widget_set_visible (GTK_WIDGET (self->compare_view), FALSE);
  gtk_stack_set_visible_child_name (self->stack, "compare");
  update_actions (self);
  ids = g_new (gint64, 2);
  ids[0] = older;
  ids[1] = newer;
  run_job (self, "[vmc] compare", pair_thread, ids, g_free, pair_free, self->compare_cancellable, pair_loaded);
}

static void
compare_selected_action (GtkWidget  *widget,
                         const char *name,
                         GVariant   *param)
{
  VmcAttemptsPage *self = VMC_ATTEMPTS_PAGE (widget);
  g_autoptr(GArray) ids = selected_ids (self);

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
        toast (self, adw_toast_new (error->message));
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
  run_job (self, "[vmc] previous", previous_thread, id, g_free, g_free, NULL, previous_found);
}

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
    show_error (VMC_ATTEMPTS_PAGE (source), error->message);
}

static void
on_undo (AdwToast        *t,
         VmcAttemptsPage *self)
{
  GArray *ids = g_object_get_data (G_OBJECT (t), "ids");

  g_object_set_data (G_OBJECT (t), "undone", GINT_TO_POINTER (1));
  run_job (self, "[vmc] undo delete", restore_thread, g_array_ref (ids), (GDestroyNotify)g_array_unref,
           NULL, NULL, job_done);
}

static void
on_toast_dismissed (AdwToast        *t,
                    VmcAttemptsPage *self)
{
  /* the last Undo offered has gone: what was deleted goes for good (its recordings too) */
  if (--self->pending_deletes == 0 && self->library)
    run_job (self, "[vmc] purge", purge_thread, NULL, NULL, NULL, NULL, job_done);
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
        show_error (self, error->message);
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
  toast (self, t);
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
  run_job (self, "[vmc] delete", trash_thread, g_array_ref (ids), (GDestroyNotify)g_array_unref,
           (GDestroyNotify)g_array_unref, NULL, trashed);
}

static void
delete_selected_action (GtkWidget  *widget,
                        const char *name,
                        GVariant   *param)
{
  VmcAttemptsPage *self = VMC_ATTEMPTS_PAGE (widget);
  g_autoptr(GArray) ids = selected_ids (self);

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
      ok = g_file_set_contents (e->path, csv, -1, error);
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
        show_error (self, error->message);
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
  toast (self, t);
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
      run_job (self, "[vmc] export", export_thread, e, export_job_free, g_free, NULL, exported);
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

/* ---- navigation ---- */

/* Back to the list of attempts */
void
vmc_attempts_page_show_list (VmcAttemptsPage *self)
{
  g_return_if_fail (VMC_IS_ATTEMPTS_PAGE (self));

  vmc_attempts_page_stop (self);
  on_note_apply (self);
  g_cancellable_cancel (self->open_cancellable);
  g_cancellable_cancel (self->compare_cancellable);
  if (self->library)
    gtk_stack_set_visible_child_name (self->stack, "browse");
  update_actions (self);
}

static void
back_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  VmcAttemptsPage *self = VMC_ATTEMPTS_PAGE (widget);
  const char *shown = gtk_stack_get_visible_child_name (self->stack);

  if (g_strcmp0 (shown, "compare") == 0 && g_strcmp0 (self->back_to, "attempt") == 0 && self->opened)
    {
      vmc_attempts_page_stop (self);
      gtk_stack_set_visible_child_name (self->stack, "attempt");
      update_actions (self);
    }
  else
    vmc_attempts_page_show_list (self);
}

/* Playback stopped, on every page */
void
vmc_attempts_page_stop (VmcAttemptsPage *self)
{
  g_return_if_fail (VMC_IS_ATTEMPTS_PAGE (self));

  vmc_result_view_stop (self->result_view);
  vmc_compare_view_stop (self->compare_view);
}

/* Space on the Attempts view: the attempt shown plays or pauses */
void
vmc_attempts_page_play_pause (VmcAttemptsPage *self)
{
  g_return_if_fail (VMC_IS_ATTEMPTS_PAGE (self));

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "attempt") == 0 &&
      vmc_result_view_get_clip (self->result_view))
    vmc_result_view_play_pause (self->result_view);
}

void
vmc_attempts_page_focus_search (VmcAttemptsPage *self)
{
  g_return_if_fail (VMC_IS_ATTEMPTS_PAGE (self));

  vmc_attempts_page_show_list (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Returns: the attempt shown on the attempt page, 0 for none */
gint64
vmc_attempts_page_get_opened (VmcAttemptsPage *self)
{
  g_return_val_if_fail (VMC_IS_ATTEMPTS_PAGE (self), 0);
  return self->opened && g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "attempt") == 0
         ? vmc_attempt_get_id (self->opened) : 0;
}

/* Returns: "browse", "attempt", "compare" or "unavailable" */
const char *
vmc_attempts_page_get_view (VmcAttemptsPage *self)
{
  g_return_val_if_fail (VMC_IS_ATTEMPTS_PAGE (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

static void
update_actions (VmcAttemptsPage *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  g_autoptr(GArray) ids = selected_ids (self);
  const char *shown = gtk_stack_get_visible_child_name (self->stack);
  gboolean browsing = g_strcmp0 (shown, "browse") == 0;
  gboolean one = g_strcmp0 (shown, "attempt") == 0 && self->opened != NULL;
  guint n = self->list ? g_list_model_get_n_items (G_LIST_MODEL (self->list)) : 0;

  gtk_widget_action_set_enabled (widget, "attempts.compare-selected", browsing && ids->len == 2);
  gtk_widget_action_set_enabled (widget, "attempts.delete-selected", browsing && ids->len > 0);
  gtk_widget_action_set_enabled (widget, "attempts.export-csv", browsing && n > 0);
  gtk_widget_action_set_enabled (widget, "attempts.back", !browsing && self->library != NULL);
  gtk_widget_action_set_enabled (widget, "attempts.practise-again", one);
  gtk_widget_action_set_enabled (widget, "attempts.compare-previous", one);
  gtk_widget_action_set_enabled (widget, "attempts.analyze-again", one);
  gtk_widget_action_set_enabled (widget, "attempts.export-pdf", one);
  gtk_widget_action_set_enabled (widget, "attempts.export-html", one);
  gtk_widget_action_set_enabled (widget, "attempts.delete-opened", one);
}

static void
on_result_error (VmcAttemptsPage *self,
                 const GError    *error)
{
  show_error (self, error->message);
}

/**
 * vmc_attempts_page_set_library:
 * @library: (nullable): the attempts kept
 * @error: (nullable): why there is no library (shown instead of the list)
 */
void
vmc_attempts_page_set_library (VmcAttemptsPage *self,
                               VmcLibrary      *library,
                               const GError    *error)
{
  g_autoptr(GtkListItemFactory) factory = NULL;

  g_return_if_fail (VMC_IS_ATTEMPTS_PAGE (self));
  g_return_if_fail (self->library == NULL);

  if (library == NULL)
    {
      adw_status_page_set_description (self->unavailable_page, error ? error->message : NULL);
      gtk_stack_set_visible_child_name (self->stack, "unavailable");
      update_actions (self);
      return;
    }
  self->library = g_object_ref (library);
  self->list = vmc_attempt_list_new (library);
  g_signal_connect_object (self->list, "query-done", G_CALLBACK (on_query_done), self, 0);
  self->selection = gtk_multi_selection_new (G_LIST_MODEL (g_object_ref (self->list)));
  g_signal_connect_object (self->selection, "selection-changed", G_CALLBACK (on_selection_changed), self, 0);
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  gtk_stack_set_visible_child_name (self->stack, "browse");
  update_list_page (self);
  update_actions (self);
}

static void
vmc_attempts_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (vmc_attempts_page_parent_class)->map (widget);
  watch_paint (VMC_ATTEMPTS_PAGE (widget));
}

static void
vmc_attempts_page_dispose (GObject *object)
{
  VmcAttemptsPage *self = VMC_ATTEMPTS_PAGE (object);

  g_cancellable_cancel (self->open_cancellable);
  g_cancellable_cancel (self->analyze_cancellable);
  g_cancellable_cancel (self->compare_cancellable);
  g_clear_object (&self->open_cancellable);
  g_clear_object (&self->analyze_cancellable);
  g_clear_object (&self->compare_cancellable);
  if (self->chooser)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  if (self->paint_id)
    {
      GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

      if (clock)
        g_clear_signal_handler (&self->paint_id, clock);
      self->paint_id = 0;
    }
  if (self->list_view)
    gtk_list_view_set_model (self->list_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), VMC_TYPE_ATTEMPTS_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->list);
  g_clear_object (&self->opened);
  g_clear_object (&self->library);
  g_clear_object (&self->settings);
  G_OBJECT_CLASS (vmc_attempts_page_parent_class)->dispose (object);
}

static void
vmc_attempts_page_class_init (VmcAttemptsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vmc_attempts_page_dispose;
  widget_class->map = vmc_attempts_page_map;

  /**
   * VmcAttemptsPage::practise-again:
   * @plan: (type gpointer): the attempt's plan (a VmcPlan, empty when it had none)
   *
   * Practise Again was pressed: the window takes the plan and goes to Practice.
   */
  signals[SIGNAL_PRACTISE_AGAIN] =
    g_signal_new ("practise-again", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vmcoach/VoicemailCoach/vmc-attempts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VmcAttemptsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, VmcAttemptsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, VmcAttemptsPage, date_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VmcAttemptsPage, score_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VmcAttemptsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, VmcAttemptsPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, VmcAttemptsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, VmcAttemptsPage, attempt_title);
  gtk_widget_class_bind_template_child (widget_class, VmcAttemptsPage, note_row);
  gtk_widget_class_bind_template_child (widget_class, VmcAttemptsPage, attempt_status);
  gtk_widget_class_bind_template_child (widget_class, VmcAttemptsPage, result_view);
  gtk_widget_class_bind_template_child (widget_class, VmcAttemptsPage, compare_box);
  gtk_widget_class_bind_template_child (widget_class, VmcAttemptsPage, unavailable_page);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_note_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_result_error);

  gtk_widget_class_install_action (widget_class, "attempts.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "attempts.compare-selected", NULL, compare_selected_action);
  gtk_widget_class_install_action (widget_class, "attempts.compare-previous", NULL, compare_previous_action);
  gtk_widget_class_install_action (widget_class, "attempts.delete-selected", NULL, delete_selected_action);
  gtk_widget_class_install_action (widget_class, "attempts.delete-opened", NULL, delete_opened_action);
  gtk_widget_class_install_action (widget_class, "attempts.analyze-again", NULL, analyze_again_action);
  gtk_widget_class_install_action (widget_class, "attempts.practise-again", NULL, practise_again_action);
  gtk_widget_class_install_action (widget_class, "attempts.export-pdf", NULL, export_one_action);
  gtk_widget_class_install_action (widget_class, "attempts.export-html", NULL, export_one_action);
  gtk_widget_class_install_action (widget_class, "attempts.export-csv", NULL, export_csv_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "attempts.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "attempts.delete-selected", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
vmc_attempts_page_init (VmcAttemptsPage *self)
{
  g_type_ensure (VMC_TYPE_RESULT_VIEW);
  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = g_settings_new (APPLICATION_ID);
  self->back_to = "browse";
  /* the comparison is tall (the table, then two results): it scrolls */
  self->compare_view = VMC_COMPARE_VIEW (vmc_compare_view_new ());
  g_object_set (self->compare_view, "margin-top", 18, "margin-bottom", 24, "margin-start", 12,
                "margin-end", 12, NULL);
  g_signal_connect_object (self->compare_view, "error", G_CALLBACK (on_result_error), self, G_CONNECT_SWAPPED);
  gtk_box_append (self->compare_box,
                  g_object_new (GTK_TYPE_SCROLLED_WINDOW, "vexpand", TRUE, "hscrollbar-policy", GTK_POLICY_NEVER,
                                "child", g_object_new (ADW_TYPE_CLAMP, "maximum-size", 1240,
                                                       "child", self->compare_view, NULL),
                                NULL));
  update_actions (self);
}

GtkWidget *
vmc_attempts_page_new (void)
{
  return g_object_new (VMC_TYPE_ATTEMPTS_PAGE, NULL);
}
