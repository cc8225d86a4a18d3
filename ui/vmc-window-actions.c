/* vmc-window-actions.c: the practice window's actions, and the one function that says which
 * of them can be used now
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vmc-window"

#include "config.h"

#include <glib/gi18n.h>

#include "vmc-file-filters.h"
#include "vmc-window-private.h"

/* What can be done in each state. Record needs no speech model: it is heard once loaded. */
void
_vmc_window_update_actions (VmcWindow *self)
{
  VmcWindowState s = self->state;
  gboolean busy = s == VMC_WINDOW_STATE_RECORDING || s == VMC_WINDOW_STATE_ANALYZING;
  gboolean result = s == VMC_WINDOW_STATE_RESULT || s == VMC_WINDOW_STATE_PLAYING;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.record", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.stop", s == VMC_WINDOW_STATE_RECORDING);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.play", result);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.try-again", result);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-path", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.enroll", !busy);
}

static void
record_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  vmc_window_record (VMC_WINDOW (widget));
}

static void
stop_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  vmc_window_stop (VMC_WINDOW (widget));
}

static void
play_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  vmc_window_play (VMC_WINDOW (widget));
}

static void
retry_microphone_action (GtkWidget  *widget,
                         const char *name,
                         GVariant   *param)
{
  VmcWindow *self = VMC_WINDOW (widget);

  gtk_stack_set_visible_child_name (self->stack, "practice");
  vmc_window_record (self);
}

/* Space: record or stop; with a result, play or pause */
static void
toggle_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  VmcWindow *self = VMC_WINDOW (widget);

  /* on the Attempts view: the attempt shown plays or pauses */
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "practice") != 0)
    {
      vmc_attempts_page_play_pause (self->attempts_page);
      return;
    }
  switch (self->state)
    {
    case VMC_WINDOW_STATE_IDLE:
      vmc_window_record (self);
      break;
    case VMC_WINDOW_STATE_RECORDING:
      vmc_window_stop (self);
      break;
    case VMC_WINDOW_STATE_RESULT:
    case VMC_WINDOW_STATE_PLAYING:
      vmc_window_play (self);
      break;
    default:
      break;
    }
}

static void
show_view_action (GtkWidget  *widget,
                  const char *name,
                  GVariant   *param)
{
  vmc_window_show_view (VMC_WINDOW (widget), g_variant_get_string (param, NULL));
}

static void
find_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  VmcWindow *self = VMC_WINDOW (widget);

  vmc_window_show_view (self, "attempts");
  vmc_attempts_page_focus_search (self->attempts_page);
}

static void
enroll_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  _vmc_window_enroll (VMC_WINDOW (widget));
}

static void
open_path_action (GtkWidget  *widget,
                  const char *name,
                  GVariant   *param)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_variant_get_string (param, NULL));

  vmc_window_open_file (VMC_WINDOW (widget), file);
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
             const char *name,
             GVariant   *param)
{
  VmcWindow *self = VMC_WINDOW (widget);

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Open Recording"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  vmc_file_filters_add_audio (GTK_FILE_CHOOSER (self->chooser));
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Space records and stops, plays and pauses, unless a text field takes it first */
void
_vmc_window_add_shortcuts (VmcWindow *self)
{
  GtkEventController *keys = gtk_shortcut_controller_new ();
  GtkShortcut *space = gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_space, 0),
                                         gtk_named_action_new ("win.toggle"));

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_BUBBLE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys), space);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

void
_vmc_window_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.record", NULL, record_action);
  gtk_widget_class_install_action (widget_class, "win.stop", NULL, stop_action);
  gtk_widget_class_install_action (widget_class, "win.play", NULL, play_action);
  gtk_widget_class_install_action (widget_class, "win.try-again", NULL, record_action);
  gtk_widget_class_install_action (widget_class, "win.toggle", NULL, toggle_action);
  gtk_widget_class_install_action (widget_class, "win.retry-microphone", NULL, retry_microphone_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.enroll", NULL, enroll_action);
  gtk_widget_class_install_action (widget_class, "win.open-path", "s", open_path_action);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK, "win.show-view", "s", "practice");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK, "win.show-view", "s", "attempts");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK, "win.show-view", "s", "progress");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK, "win.try-again", NULL);
}
