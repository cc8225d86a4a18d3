/* vmc-attempts-page-attempt.c: the attempt opened in the Attempts view: its note, analysed and practised again
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An attempt is read in a worker (with its result and its recording) and shown on the
 * attempt page; its note is kept as it is typed; it can be analysed again with this version
 * of the app (the result kept stays shown until the new one is ready) or practised again
 * (the window takes its plan). A result that comes back for an attempt no longer shown is
 * dropped.
 */
#define G_LOG_DOMAIN "vmc-attempts"

#include "config.h"

#include <glib/gi18n.h>

#include "vmc-attempts-page-private.h"
#include "vmc-export.h"
#include "vmc-speech-service.h"

/* ---- one attempt ---- */

void
_vmc_attempts_page_loaded_free (gpointer p)
{
  Loaded *l = p;

  g_clear_object (&l->attempt);
  g_clear_pointer (&l->analysis, vmc_analysis_unref);
  g_clear_pointer (&l->clip, vmc_audio_clip_unref);
  g_clear_error (&l->clip_error);
  g_free (l);
}

gpointer
_vmc_attempts_page_load_one (VmcLibrary    *library,
                             gint64         id,
                             GCancellable  *cancellable,
                             GError       **error)
{
  Loaded *l = g_new0 (Loaded, 1);

  if (!(l->attempt = vmc_library_get_attempt (library, id, error)) ||
      !(l->analysis = vmc_library_load_analysis (library, id, error)))
    {
      _vmc_attempts_page_loaded_free (l);
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
  return _vmc_attempts_page_load_one (library, *(gint64 *)data, cancellable, error);
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
      _vmc_attempts_page_show_error (self, error->message);
      vmc_attempts_page_show_list (self);
      return;
    }
  g_set_object (&self->opened, l->attempt);
  title = vmc_export_title (l->attempt);
  gtk_label_set_text (self->attempt_title, title);
  gtk_editable_set_text (GTK_EDITABLE (self->note_row), vmc_attempt_get_note (l->attempt));
  vmc_result_view_show (_vmc_attempts_page_get_result_view (self), l->analysis, l->clip);
  if (l->clip_error)
    {
      g_autofree char *text = g_strdup_printf (_("Its recording cannot be played: %s"), l->clip_error->message);

      set_status (self, text);
    }
  else
    set_status (self, NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->result_view), TRUE);
  _vmc_attempts_page_update_actions (self);
  _vmc_attempts_page_loaded_free (l);
}

/* Before another attempt or pair is shown: the note typed is kept, the playing stops, and
 * the read still running for this view is dropped for a new one */
void
_vmc_attempts_page_leave_shown (VmcAttemptsPage  *self,
                                GCancellable    **reading)
{
  _vmc_attempts_page_on_note_apply (self);
  if (self->result_view)
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
  _vmc_attempts_page_leave_shown (self, &self->open_cancellable);
  if (self->opened == NULL || vmc_attempt_get_id (self->opened) != id)
    {
      g_clear_object (&self->opened);
      gtk_label_set_text (self->attempt_title, "");
      gtk_editable_set_text (GTK_EDITABLE (self->note_row), "");
      vmc_result_view_show (_vmc_attempts_page_get_result_view (self), NULL, NULL);
    }
  set_status (self, NULL);
  gtk_stack_set_visible_child_name (self->stack, "attempt");
  _vmc_attempts_page_update_actions (self);
  data = g_new (gint64, 1);
  *data = id;
  _vmc_attempts_page_run_job (self, "[vmc] open attempt", load_thread, data, g_free, _vmc_attempts_page_loaded_free,
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
    _vmc_attempts_page_show_error (VMC_ATTEMPTS_PAGE (source), error->message);
}

/* Keeps the note as it is in the field, if it changed (Enter, the apply button, or leaving
 * the attempt) */
void
_vmc_attempts_page_on_note_apply (VmcAttemptsPage *self)
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
  _vmc_attempts_page_run_job (self, "[vmc] note", note_thread, n, note_job_free, NULL, NULL, note_saved);
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
  return _vmc_attempts_page_load_one (library, r->id, cancellable, error);
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
      _vmc_attempts_page_show_error (self, error->message);
      return;
    }
  vmc_result_view_stop (_vmc_attempts_page_get_result_view (self));
  vmc_result_view_show (self->result_view, l->analysis, l->clip);
  _vmc_attempts_page_toast (self, adw_toast_new (_("Analysed again with this version of Voicemail Coach")));
  _vmc_attempts_page_loaded_free (l);
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
        _vmc_attempts_page_show_error (self, error->message);
      return;
    }
  r = g_new0 (Replace, 1);
  r->id = vmc_attempt_get_id (self->opened);
  r->analysis = g_steal_pointer (&analysis);
  _vmc_attempts_page_run_job (self, "[vmc] keep the new analysis", replace_thread, r, replace_free,
                              _vmc_attempts_page_loaded_free, self->analyze_cancellable, replaced);
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

/* The opened attempt's plan, read in a worker (an empty plan for an attempt without one) */
static void
load_opened_plan (VmcAttemptsPage     *self,
                  GCancellable        *cancellable,
                  GAsyncReadyCallback  callback)
{
  gint64 *id = g_new (gint64, 1);

  *id = vmc_attempt_get_id (self->opened);
  _vmc_attempts_page_run_job (self, "[vmc] plan", plan_thread, id, g_free, (GDestroyNotify)vmc_plan_free,
                              cancellable, callback);
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
        _vmc_attempts_page_show_error (self, error->message);
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

  if (self->opened == NULL)
    return;
  g_cancellable_cancel (self->analyze_cancellable);
  g_clear_object (&self->analyze_cancellable);
  self->analyze_cancellable = g_cancellable_new ();
  /* the result kept stays shown until the new one is ready */
  set_status (self, _("Analysing again with this version of Voicemail Coach… The result below is the one kept until then."));
  load_opened_plan (self, self->analyze_cancellable, plan_loaded_for_analysis);
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
        _vmc_attempts_page_show_error (self, error->message);
      return;
    }
  g_signal_emit (self, _vmc_attempts_page_signals[SIGNAL_PRACTISE_AGAIN], 0, plan);
}

static void
practise_again_action (GtkWidget  *widget,
                       const char *name,
                       GVariant   *param)
{
  VmcAttemptsPage *self = VMC_ATTEMPTS_PAGE (widget);

  if (self->opened == NULL)
    return;
  if (self->result_view)
    vmc_result_view_stop (self->result_view);
  load_opened_plan (self, NULL, plan_loaded_for_practice);
}

void
_vmc_attempts_page_class_init_attempt (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "attempts.analyze-again", NULL, analyze_again_action);
  gtk_widget_class_install_action (widget_class, "attempts.practise-again", NULL, practise_again_action);
}
