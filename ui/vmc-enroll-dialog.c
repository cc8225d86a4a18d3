/* vmc-enroll-dialog.c: "Teach Voicemail Coach Your Voice": sentences read, a voice learned
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rep types their name, reads sixteen short sentences (their own name, company and number
 * among them, and digits), each recorded through the same microphone and recorder as a
 * practice message, and presses Learn My Voice. vmc_adapt_voice() runs in a worker with its
 * progress shown; when it succeeds the voice's id goes into the "voice" setting and
 * ::voice-learned tells the window to load it. The recordings are kept beside the voice
 * (voices/<id>.enroll/), so nothing read is lost if learning fails and a second try needs no
 * reading again. Cancel or closing the dialog stops the learning; the previous voice stays.
 */
#define G_LOG_DOMAIN "vmc-enroll"

#include "config.h"

#include <glib/gi18n.h>

#include <errno.h>

#include <glib/gstdio.h>

#include "vmc-adapt.h"
#include "vmc-audio-reader.h"
#include "vmc-enroll-dialog.h"
#include "vmc-portaudio.h"
#include "vmc-recorder.h"
#include "vmc-voices.h"

/* Fewer than this and there is too little speech to learn from (about 25 s). */
#define MIN_SENTENCES 8

struct _VmcEnrollDialog
{
  AdwWindow       parent_instance;

  GtkStack       *stack;
  AdwEntryRow    *name_row;
  GtkButton      *start_button;
  GtkLabel       *count_label;
  GtkLabel       *sentence_label;
  GtkLevelBar    *level_bar;
  GtkLabel       *hint_label;
  GtkButton      *back_button;
  GtkButton      *next_button;
  GtkButton      *record_button;
  GtkButton      *learn_button;
  GtkProgressBar *progress_bar;
  GtkButton      *cancel_button;
  AdwStatusPage  *done_page;
  AdwStatusPage  *failed_page;
  GtkButton      *close_button;
  GtkButton      *retry_button;

  GSettings      *settings;
  gboolean        disposed;    /* closed: its widgets are gone, a learning job may still end */
  VmcRecorder    *recorder;
  GCancellable   *cancellable;
  GPtrArray      *shown;       /* each sentence as it is shown */
  GPtrArray      *recorded;    /* the recording of each, or NULL */
  guint           current;
  float           level;
  char           *name;
  char           *voice_id;
  char           *voice_dir;
  char           *enroll_dir;
};

G_DEFINE_FINAL_TYPE (VmcEnrollDialog, vmc_enroll_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_VOICE_LEARNED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
add_sentence (VmcEnrollDialog *self,
              char            *text)
{
  g_ptr_array_add (self->shown, text);
  g_ptr_array_add (self->recorded, NULL);
}

/* The rep's own name, company and number, digits in both orders, and the kinds of sentence a
 * voicemail holds (the reason, the ask, a referral, another channel, thanks). They stay in
 * English whatever the language of the app: the speech model is one of American English, and
 * what is read is what it learns from. */
static void
build_sentences (VmcEnrollDialog *self)
{
  g_autofree char *company = g_settings_get_string (self->settings, "company");
  g_autofree char *number = g_settings_get_string (self->settings, "callback-number");
  static const char *common[] = {
    "Zero, one, two, three, four, five, six, seven, eight, nine.",
    "I am calling about the order your team placed last month.",
    "Would you give me a call back when you have a minute?",
    "Nine, eight, seven, six, five, four, three, two, one, zero.",
    "Our mutual friend suggested that the two of us should talk.",
    "You can also send me an email or a text message.",
    "Four one five, three two eight, six zero nine seven.",
    "I would like to set up a short meeting later this week.",
    "We met briefly at the conference in Chicago in the spring.",
    "My cell phone is the best way to reach me after five.",
    "I have a quick question about your plans for next quarter.",
    "Thanks so much, and I look forward to hearing from you.",
    "Have a great day, and talk to you soon.",
  };
  gboolean has_digits = FALSE;

  g_ptr_array_set_size (self->shown, 0);
  g_ptr_array_set_size (self->recorded, 0);
  for (const char *p = number; *p; p++)
    has_digits |= g_ascii_isdigit (*p);
  if (!has_digits)
    {
      g_free (number);
      number = g_strdup ("555 201 3478");
    }
  g_strstrip (company);
  add_sentence (self, *company ? g_strdup_printf ("Hi, this is %s from %s.", self->name, company)
                               : g_strdup_printf ("Hi, this is %s calling.", self->name));
  add_sentence (self, g_strdup_printf ("You can reach me at %s.", number));
  for (guint i = 0; i < G_N_ELEMENTS (common); i++)
    add_sentence (self, g_strdup (common[i]));
  add_sentence (self, g_strdup_printf ("Again, that number is %s.", number));
}

static guint
n_recorded (VmcEnrollDialog *self)
{
  guint n = 0;

  for (guint i = 0; i < self->recorded->len; i++)
    n += g_ptr_array_index (self->recorded, i) != NULL;
  return n;
}

static void
show_sentence (VmcEnrollDialog *self)
{
  g_autofree char *count = g_strdup_printf ("Sentence %u of %u", self->current + 1, self->shown->len);
  guint done = n_recorded (self);
  gboolean recording = vmc_recorder_get_state (self->recorder) != VMC_RECORDER_IDLE;

  gtk_label_set_text (self->count_label, count);
  gtk_label_set_text (self->sentence_label, g_ptr_array_index (self->shown, self->current));
  gtk_button_set_label (self->record_button, recording ? "_Stop" : "_Record");
  gtk_widget_set_sensitive (GTK_WIDGET (self->learn_button), !recording && done >= MIN_SENTENCES);
  gtk_widget_set_sensitive (GTK_WIDGET (self->back_button), !recording && self->current > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->next_button),
                            !recording && self->current + 1 < self->shown->len);
}

/* A sentence misread, or read over a cough: back to it, and Record reads it again (the
 * recording it had is replaced only once the new one is whole) */
static void
back_clicked (VmcEnrollDialog *self)
{
  if (self->current == 0 || vmc_recorder_get_state (self->recorder) != VMC_RECORDER_IDLE)
    return;
  self->current--;
  gtk_label_set_text (self->hint_label, _("You read this one already. Press Record to read it "
                      "again."));
  show_sentence (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->record_button));
}

/* A sentence the rep would not say (or has read well already): on to the next one */
static void
next_clicked (VmcEnrollDialog *self)
{
  if (self->current + 1 >= self->shown->len ||
      vmc_recorder_get_state (self->recorder) != VMC_RECORDER_IDLE)
    return;
  self->current++;
  gtk_label_set_text (self->hint_label, g_ptr_array_index (self->recorded, self->current)
                      ? _("You read this one already. Press Record to read it again.")
                      : _("Press Record, read the sentence at your usual pace, then press Stop."));
  show_sentence (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->record_button));
}

static void
start_clicked (VmcEnrollDialog *self)
{
  g_autofree char *voices = vmc_voices_default_dir ();
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));

  if (!*name)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->name_row), "error");
      gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
  g_free (self->name);
  self->name = g_strdup (name);
  g_free (self->voice_id);
  self->voice_id = vmc_voices_id_for_name (name);
  g_free (self->voice_dir);
  self->voice_dir = g_build_filename (voices, self->voice_id, NULL);
  g_free (self->enroll_dir);
  self->enroll_dir = g_strconcat (self->voice_dir, ".enroll", NULL);
  build_sentences (self);
  self->current = 0;
  gtk_label_set_text (self->hint_label,
                      _("Press Record, read the sentence at your usual pace, then press Stop."));
  show_sentence (self);
  gtk_stack_set_visible_child_name (self->stack, "read");
  gtk_widget_grab_focus (GTK_WIDGET (self->record_button));
}

static void
record_clicked (VmcEnrollDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *device = NULL;
  g_autofree char *path = NULL;

  if (vmc_recorder_get_state (self->recorder) == VMC_RECORDER_RECORDING)
    {
      vmc_recorder_stop (self->recorder);
      gtk_widget_set_sensitive (GTK_WIDGET (self->record_button), FALSE);
      return;
    }
  if (vmc_recorder_get_state (self->recorder) != VMC_RECORDER_IDLE)
    return;

  if (g_mkdir_with_parents (self->enroll_dir, 0700) != 0)
    {
      g_autofree char *msg = g_strdup_printf (_("Could not create %s: %s. Free some disk space "
                                              "and try again."), self->enroll_dir, g_strerror (errno));

      gtk_label_set_text (self->hint_label, msg);
      return;
    }
  /* read again: the earlier recording stays until this one is whole (on_recorded()) */
  path = g_strdup_printf ("%s/sentence-%02u.new.wav", self->enroll_dir, self->current + 1);
  device = g_settings_get_string (self->settings, "input-device");
  vmc_recorder_set_device (self->recorder, *device ? device : NULL);
  if (!vmc_recorder_start (self->recorder, path, &error))
    {
      if (g_error_matches (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_NO_DEVICE))
        gtk_label_set_text (self->hint_label, _("No microphone was found. Plug one in (or choose "
                            "it in the window's microphone list) and press Record again."));
      else
        gtk_label_set_text (self->hint_label, error->message);
      return;
    }
  gtk_label_set_text (self->hint_label, _("Listening… Press Stop when you have read the sentence."));
  show_sentence (self);
}

static void
on_levels (VmcRecorder     *recorder,
           const float     *peaks,
           const float     *rms,
           guint            n,
           VmcEnrollDialog *self)
{
  for (guint i = 0; i < n; i++)
    self->level = MAX (self->level * 0.92f, MIN (1.0f, peaks[i] * 1.6f));
  gtk_level_bar_set_value (self->level_bar, self->level);
}

static void
on_recorded (VmcRecorder     *recorder,
             const char      *path,
             const GError    *error,
             VmcEnrollDialog *self)
{
  guint done;

  gtk_widget_set_sensitive (GTK_WIDGET (self->record_button), TRUE);
  self->level = 0;
  gtk_level_bar_set_value (self->level_bar, 0);
  if (error)
    {
      gtk_label_set_text (self->hint_label, error->message);
      show_sentence (self);
      return;
    }
  {
    g_autofree char *kept = g_strdup_printf ("%s/sentence-%02u.wav", self->enroll_dir,
                                             self->current + 1);

    if (g_rename (path, kept) != 0)
      {
        g_autofree char *msg = g_strdup_printf (_("Could not keep the recording (%s). Free some "
                                                "disk space and press Record again."),
                                                g_strerror (errno));

        gtk_label_set_text (self->hint_label, msg);
        show_sentence (self);
        return;
      }
    g_free (g_ptr_array_index (self->recorded, self->current));
    g_ptr_array_index (self->recorded, self->current) = g_steal_pointer (&kept);
  }
  done = n_recorded (self);
  if (self->current + 1 < self->shown->len)
    {
      self->current++;
      gtk_label_set_text (self->hint_label, done >= MIN_SENTENCES
                          ? _("Read the next one, or press Learn My Voice: the more you read, the better.")
                          : _("Good. Now the next one."));
    }
  else
    gtk_label_set_text (self->hint_label, _("That was the last one. Press Learn My Voice."));
  show_sentence (self);
}

/* ---- learning, in a worker ---- */

typedef struct {
  GPtrArray *paths;
  GPtrArray *texts;
  char      *voice_dir;
  char      *name;
  GSettings *settings;   /* where the voice learned is put in use, dialog closed or not */
  char      *voice_id;
} LearnJob;

static void
learn_job_free (LearnJob *job)
{
  g_ptr_array_unref (job->paths);
  g_ptr_array_unref (job->texts);
  g_free (job->voice_dir);
  g_free (job->name);
  g_free (job->voice_id);
  g_clear_object (&job->settings);
  g_free (job);
}

typedef struct {
  GWeakRef dialog;
  double   fraction;
  char    *stage;
} Progress;

static gboolean
show_progress (gpointer data)
{
  Progress *p = data;
  g_autoptr(VmcEnrollDialog) self = g_weak_ref_get (&p->dialog);

  if (self && !self->disposed)
    {
      gtk_progress_bar_set_fraction (self->progress_bar, p->fraction);
      gtk_progress_bar_set_text (self->progress_bar, p->stage);
    }
  g_weak_ref_clear (&p->dialog);
  g_free (p->stage);
  g_free (p);
  return G_SOURCE_REMOVE;
}

static void
progress_cb (double      fraction,
             const char *stage,
             gpointer    data)
{
  Progress *p = g_new0 (Progress, 1);

  g_weak_ref_init (&p->dialog, data);
  p->fraction = fraction;
  p->stage = g_strdup (stage);
  g_idle_add (show_progress, p);
}

static void
learn_thread (GTask        *task,
              gpointer      source,
              gpointer      data,
              GCancellable *cancellable)
{
  LearnJob *job = data;
  g_autoptr(GPtrArray) utts = g_ptr_array_new_with_free_func ((GDestroyNotify)vmc_adapt_utterance_free);
  GError *error = NULL;

  for (guint i = 0; i < job->paths->len; i++)
    {
      gsize n = 0;
      g_autofree gint16 *samples = vmc_audio_read_all (g_ptr_array_index (job->paths, i), &n, NULL);

      /* a sentence too short or unreadable is left out; too few left is said below */
      if (samples)
        g_ptr_array_add (utts, vmc_adapt_utterance_new (g_ptr_array_index (job->texts, i), samples, n));
    }
  if (vmc_adapt_voice (NULL, utts, job->voice_dir, job->name, progress_cb, source, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
learned (GObject      *source,
         GAsyncResult *result,
         gpointer      data)
{
  VmcEnrollDialog *self = VMC_ENROLL_DIALOG (source);
  LearnJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *desc = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (self->disposed)
        return;
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          gtk_label_set_text (self->hint_label, _("Learning was cancelled: your previous voice is kept."));
          gtk_stack_set_visible_child_name (self->stack, "read");
          return;
        }
      adw_status_page_set_description (self->failed_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "failed");
      return;
    }
  /* the voice is installed: put it in use even when the dialog was closed as it finished */
  g_settings_set_string (job->settings, "voice", job->voice_id);
  if (self->disposed)
    return;
  desc = g_strdup_printf (_("From now on Voicemail Coach hears your practice messages as %s's "
                          "voice. Teach it again any time from the menu."), self->name);
  adw_status_page_set_description (self->done_page, desc);
  gtk_stack_set_visible_child_name (self->stack, "done");
  gtk_widget_grab_focus (GTK_WIDGET (self->close_button));
  g_signal_emit (self, signals[SIGNAL_VOICE_LEARNED], 0, job->voice_id);
}

static void
learn_clicked (VmcEnrollDialog *self)
{
  g_autoptr(GTask) task = NULL;
  LearnJob *job = g_new0 (LearnJob, 1);

  job->paths = g_ptr_array_new_with_free_func (g_free);
  job->texts = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < self->recorded->len; i++)
    if (g_ptr_array_index (self->recorded, i))
      {
        g_ptr_array_add (job->paths, g_strdup (g_ptr_array_index (self->recorded, i)));
        g_ptr_array_add (job->texts, g_strdup (g_ptr_array_index (self->shown, i)));
      }
  job->voice_dir = g_strdup (self->voice_dir);
  job->name = g_strdup (self->name);
  job->voice_id = g_strdup (self->voice_id);
  job->settings = g_object_ref (self->settings);

  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_progress_bar_set_text (self->progress_bar, _("Reading your sentences"));
  gtk_stack_set_visible_child_name (self->stack, "learning");
  task = g_task_new (self, self->cancellable, learned, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify)learn_job_free);
  g_task_run_in_thread (task, learn_thread);
}

static void
cancel_clicked (VmcEnrollDialog *self)
{
  g_cancellable_cancel (self->cancellable);
}

static void
retry_clicked (VmcEnrollDialog *self)
{
  show_sentence (self);
  gtk_stack_set_visible_child_name (self->stack, "read");
}

static gboolean
close_request (GtkWindow *window)
{
  VmcEnrollDialog *self = VMC_ENROLL_DIALOG (window);

  g_cancellable_cancel (self->cancellable);
  if (vmc_recorder_get_state (self->recorder) == VMC_RECORDER_RECORDING)
    vmc_recorder_stop (self->recorder);
  return GTK_WINDOW_CLASS (vmc_enroll_dialog_parent_class)->close_request (window);
}

static void
vmc_enroll_dialog_dispose (GObject *object)
{
  VmcEnrollDialog *self = VMC_ENROLL_DIALOG (object);

  self->disposed = TRUE;
  if (self->recorder)
    g_signal_handlers_disconnect_by_data (self->recorder, self);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->recorder);
  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), VMC_TYPE_ENROLL_DIALOG);
  G_OBJECT_CLASS (vmc_enroll_dialog_parent_class)->dispose (object);
}

static void
vmc_enroll_dialog_finalize (GObject *object)
{
  VmcEnrollDialog *self = VMC_ENROLL_DIALOG (object);

  g_clear_pointer (&self->shown, g_ptr_array_unref);
  g_clear_pointer (&self->recorded, g_ptr_array_unref);
  g_free (self->name);
  g_free (self->voice_id);
  g_free (self->voice_dir);
  g_free (self->enroll_dir);
  G_OBJECT_CLASS (vmc_enroll_dialog_parent_class)->finalize (object);
}

static void
vmc_enroll_dialog_class_init (VmcEnrollDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = vmc_enroll_dialog_dispose;
  object_class->finalize = vmc_enroll_dialog_finalize;
  window_class->close_request = close_request;

  /**
   * VmcEnrollDialog::voice-learned:
   * @id: the voice's id (as vmc_voices_lookup() takes it)
   */
  signals[SIGNAL_VOICE_LEARNED] =
    g_signal_new ("voice-learned", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vmcoach/VoicemailCoach/vmc-enroll-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, VmcEnrollDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, VmcEnrollDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, VmcEnrollDialog, start_button);
  gtk_widget_class_bind_template_child (widget_class, VmcEnrollDialog, count_label);
  gtk_widget_class_bind_template_child (widget_class, VmcEnrollDialog, sentence_label);
  gtk_widget_class_bind_template_child (widget_class, VmcEnrollDialog, level_bar);
  gtk_widget_class_bind_template_child (widget_class, VmcEnrollDialog, hint_label);
  gtk_widget_class_bind_template_child (widget_class, VmcEnrollDialog, back_button);
  gtk_widget_class_bind_template_child (widget_class, VmcEnrollDialog, next_button);
  gtk_widget_class_bind_template_child (widget_class, VmcEnrollDialog, record_button);
  gtk_widget_class_bind_template_child (widget_class, VmcEnrollDialog, learn_button);
  gtk_widget_class_bind_template_child (widget_class, VmcEnrollDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, VmcEnrollDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, VmcEnrollDialog, done_page);
  gtk_widget_class_bind_template_child (widget_class, VmcEnrollDialog, failed_page);
  gtk_widget_class_bind_template_child (widget_class, VmcEnrollDialog, close_button);
  gtk_widget_class_bind_template_child (widget_class, VmcEnrollDialog, retry_button);
}

static void
vmc_enroll_dialog_init (VmcEnrollDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->shown = g_ptr_array_new_with_free_func (g_free);
  self->recorded = g_ptr_array_new_with_free_func (g_free);
  self->recorder = vmc_recorder_new ();
  g_signal_connect_swapped (self->start_button, "clicked", G_CALLBACK (start_clicked), self);
  g_signal_connect_swapped (self->name_row, "entry-activated", G_CALLBACK (start_clicked), self);
  g_signal_connect_swapped (self->back_button, "clicked", G_CALLBACK (back_clicked), self);
  g_signal_connect_swapped (self->next_button, "clicked", G_CALLBACK (next_clicked), self);
  g_signal_connect_swapped (self->record_button, "clicked", G_CALLBACK (record_clicked), self);
  g_signal_connect_swapped (self->learn_button, "clicked", G_CALLBACK (learn_clicked), self);
  g_signal_connect_swapped (self->cancel_button, "clicked", G_CALLBACK (cancel_clicked), self);
  g_signal_connect_swapped (self->retry_button, "clicked", G_CALLBACK (retry_clicked), self);
  g_signal_connect_swapped (self->close_button, "clicked", G_CALLBACK (gtk_window_close), self);
  g_signal_connect (self->recorder, "levels", G_CALLBACK (on_levels), self);
  g_signal_connect (self->recorder, "finished", G_CALLBACK (on_recorded), self);
}

/**
 * vmc_enroll_dialog_new:
 * @parent: the window it belongs to
 * @settings: the app's settings: the plan's name, company and number, the microphone; the
 *   voice learned is written to its "voice" key
 */
VmcEnrollDialog *
vmc_enroll_dialog_new (GtkWindow *parent,
                       GSettings *settings)
{
  VmcEnrollDialog *self = g_object_new (VMC_TYPE_ENROLL_DIALOG, "transient-for", parent, NULL);
  g_autofree char *name = g_settings_get_string (settings, "caller-name");

  self->settings = g_object_ref (settings);
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name);
  return self;
}
