/* vmc-window.c: the main window: open a recording, read its transcript with word times
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vmc-window"

#include "config.h"

#include "vmc-recognizer.h"
#include "vmc-window.h"

struct _VmcWindow
{
  AdwApplicationWindow  parent_instance;

  AdwWindowTitle       *window_title;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  AdwStatusPage        *busy_page;
  GtkSpinner           *spinner;
  GtkLabel             *transcript_label;
  GtkListBox           *word_list;

  GCancellable         *cancellable;   /* the transcription under way, replaced by a newer one */
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (VmcWindow, vmc_window, ADW_TYPE_APPLICATION_WINDOW)

/* One recognizer for the whole process: loading the model takes most of a second. Only
 * one transcription runs at a time; a newer request waits for the lock. */
G_LOCK_DEFINE_STATIC (recognizer);
static VmcRecognizer *shared_recognizer;

typedef struct
{
  char      *path;
  GPtrArray *words;
  double     duration;
} Transcription;

static void
transcription_free (Transcription *t)
{
  g_clear_pointer (&t->path, g_free);
  g_clear_pointer (&t->words, g_ptr_array_unref);
  g_free (t);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Transcription, transcription_free)

static void
transcribe_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  Transcription *t = task_data;
  g_autoptr(GError) error = NULL;

  G_LOCK (recognizer);
  if (shared_recognizer == NULL)
    shared_recognizer = vmc_recognizer_new (NULL, &error);
  if (shared_recognizer != NULL && !g_cancellable_is_cancelled (cancellable))
    t->words = vmc_recognizer_transcribe_file (shared_recognizer, t->path, &t->duration, &error);
  G_UNLOCK (recognizer);

  if (g_cancellable_set_error_if_cancelled (cancellable, &error) || t->words == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static char *
format_time (double seconds)
{
  int minutes = (int)(seconds / 60.0);

  return g_strdup_printf ("%d:%05.2f", minutes, seconds - minutes * 60.0);
}

static GtkWidget *
word_row_new (const VmcWord *w)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *conf;
  g_autofree char *start = format_time (w->start);
  g_autofree char *end = format_time (w->end);
  g_autofree char *subtitle = NULL;
  g_autofree char *percent = g_strdup_printf ("%d %%", (int)(w->confidence * 100.0 + 0.5));

  subtitle = g_strdup_printf ("%s – %s%s", start, end, w->filler ? " · filler" : "");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), w->word);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  conf = gtk_label_new (percent);
  gtk_widget_set_tooltip_text (conf, "How sure the recognizer is of this word");
  gtk_widget_add_css_class (conf, "dim-label");
  gtk_widget_add_css_class (conf, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), conf);
  return row;
}

static void
show_words (VmcWindow     *self,
            Transcription *t)
{
  g_autofree char *text = vmc_words_to_text (t->words);
  g_autofree char *name = g_filename_display_basename (t->path);
  g_autofree char *length = format_time (t->duration);
  g_autofree char *subtitle = g_strdup_printf ("%s · %u words", length, t->words->len);
  GtkWidget *child;

  adw_window_title_set_title (self->window_title, name);
  adw_window_title_set_subtitle (self->window_title, subtitle);

  if (t->words->len == 0)
    gtk_label_set_text (self->transcript_label,
                        "No speech was heard in this recording. Check that the microphone "
                        "was on and that the file holds your message.");
  else
    gtk_label_set_text (self->transcript_label, text);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->word_list))))
    gtk_list_box_remove (self->word_list, child);
  for (guint i = 0; i < t->words->len; i++)
    gtk_list_box_append (self->word_list, word_row_new (g_ptr_array_index (t->words, i)));
  gtk_widget_set_visible (GTK_WIDGET (self->word_list), t->words->len > 0);

  gtk_stack_set_visible_child_name (self->stack, "result");
}

static void
transcribe_done (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(VmcWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  Transcription *t = g_task_get_task_data (G_TASK (result));

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      /* A newer file replaced this one: its result no longer matters. */
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      gtk_spinner_stop (self->spinner);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      vmc_window_show_error (self, error->message);
      return;
    }

  gtk_spinner_stop (self->spinner);
  show_words (self, t);
}

/**
 * vmc_window_open_file:
 * @self: a window
 * @file: an audio file
 *
 * Transcribes @file in a worker thread and shows its words; replaces any file still being
 * transcribed.
 */
void
vmc_window_open_file (VmcWindow *self,
                      GFile     *file)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *name = NULL;
  Transcription *t;

  g_return_if_fail (VMC_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (g_file_peek_path (file) == NULL)
    {
      vmc_window_show_error (self, "Only files on this computer can be opened.");
      return;
    }

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  name = g_file_get_basename (file);
  adw_status_page_set_description (self->busy_page, name);
  gtk_spinner_start (self->spinner);
  gtk_stack_set_visible_child_name (self->stack, "busy");

  t = g_new0 (Transcription, 1);
  t->path = g_file_get_path (file);
  task = g_task_new (NULL, self->cancellable, transcribe_done, g_object_ref (self));
  g_task_set_source_tag (task, vmc_window_open_file);
  g_task_set_task_data (task, t, (GDestroyNotify)transcription_free);
  g_task_run_in_thread (task, transcribe_thread);
}

void
vmc_window_show_error (VmcWindow  *self,
                       const char *message)
{
  AdwToast *toast;

  g_return_if_fail (VMC_IS_WINDOW (self));

  toast = adw_toast_new (message);
  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
chooser_response (GtkNativeDialog *dialog,
                  int              response,
                  VmcWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        vmc_window_open_file (self, file);
    }
  g_clear_object (&self->chooser);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VmcWindow *self = VMC_WINDOW (widget);
  g_autoptr(GtkFileFilter) audio = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;

  gtk_file_filter_set_name (audio, "Audio files");
  gtk_file_filter_add_mime_type (audio, "audio/*");
  gtk_file_filter_add_suffix (audio, "wav");
  gtk_file_filter_add_suffix (audio, "flac");
  gtk_file_filter_add_suffix (audio, "ogg");
  gtk_file_filter_set_name (all, "All files");
  gtk_file_filter_add_pattern (all, "*");

  self->chooser = gtk_file_chooser_native_new ("Open Recording", GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, "_Open", "_Cancel");
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), audio);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         VmcWindow     *self)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  files = g_value_get_boxed (value);
  if (files == NULL)
    return FALSE;
  if (files->next != NULL)
    vmc_window_show_error (self, "Drop one recording at a time; opened the first.");
  vmc_window_open_file (self, files->data);
  return TRUE;
}

static void
vmc_window_dispose (GObject *object)
{
  VmcWindow *self = (VmcWindow *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->chooser)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), VMC_TYPE_WINDOW);

  G_OBJECT_CLASS (vmc_window_parent_class)->dispose (object);
}

static void
vmc_window_class_init (VmcWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vmc_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vmcoach/VoicemailCoach/vmc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, VmcWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, VmcWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, VmcWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, VmcWindow, busy_page);
  gtk_widget_class_bind_template_child (widget_class, VmcWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, VmcWindow, transcript_label);
  gtk_widget_class_bind_template_child (widget_class, VmcWindow, word_list);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
}

static void
vmc_window_init (VmcWindow *self)
{
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}

VmcWindow *
vmc_window_new (GtkApplication *application)
{
  return g_object_new (VMC_TYPE_WINDOW, "application", application, NULL);
}
