/* vmc-application.c: the application: windows, app actions, files to open
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vmc-app"

#include "config.h"

#include <glib/gi18n.h>

#include "vmc-application.h"
#include "vmc-library.h"
#include "vmc-window.h"

struct _VmcApplication
{
  AdwApplication parent_instance;

  GSimpleAction *state;    /* the active window's: idle, recording, analyzing, result, playing */
  GSimpleAction *position; /* where its playback is, seconds; -1 when not playing or paused */
};

G_DEFINE_FINAL_TYPE (VmcApplication, vmc_application, ADW_TYPE_APPLICATION)

static void
on_window_state (VmcWindow      *window,
                 GParamSpec     *pspec,
                 VmcApplication *self)
{
  g_simple_action_set_state (self->state, g_variant_new_string (vmc_window_get_state_nick (window)));
}

static void
on_window_position (VmcWindow      *window,
                    GParamSpec     *pspec,
                    VmcApplication *self)
{
  g_simple_action_set_state (self->position, g_variant_new_double (vmc_window_get_position (window)));
}

static VmcWindow *
get_window (VmcApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    {
      window = GTK_WINDOW (vmc_window_new (GTK_APPLICATION (self)));
      g_signal_connect (window, "notify::state", G_CALLBACK (on_window_state), self);
      g_signal_connect (window, "notify::position", G_CALLBACK (on_window_position), self);
      on_window_state (VMC_WINDOW (window), NULL, self);
    }
  return VMC_WINDOW (window);
}

/* The app's actions drive the active window, so that tests and trainers' scripts can run it
 * over D-Bus: gapplication action io.github.vmcoach.VoicemailCoach record */
static void
record_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  VmcWindow *window = get_window (user_data);

  gtk_window_present (GTK_WINDOW (window));
  vmc_window_record (window);
}

static void
stop_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  vmc_window_stop (get_window (user_data));
}

static void
play_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  vmc_window_play (get_window (user_data));
}

static void
enroll_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  VmcWindow *window = get_window (user_data);

  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.enroll", NULL);
}

static void
open_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  VmcWindow *window = get_window (user_data);
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (g_variant_get_string (parameter, NULL));

  gtk_window_present (GTK_WINDOW (window));
  vmc_window_open_file (window, file);
}

static void
show_view_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  VmcWindow *window = get_window (user_data);

  gtk_window_present (GTK_WINDOW (window));
  vmc_window_show_view (window, g_variant_get_string (parameter, NULL));
}

static void
open_attempt_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  VmcWindow *window = get_window (user_data);

  gtk_window_present (GTK_WINDOW (window));
  vmc_window_open_attempt (window, g_variant_get_int64 (parameter));
}

static void
compare_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  VmcWindow *window = get_window (user_data);
  gint64 a, b;

  g_variant_get (parameter, "(xx)", &a, &b);
  gtk_window_present (GTK_WINDOW (window));
  vmc_window_compare (window, a, b);
}

/* Read-only: the state and the position change with the window, not from outside */
static void
state_change (GSimpleAction *action,
              GVariant      *value,
              gpointer       user_data)
{
}

static void
vmc_application_activate (GApplication *app)
{
  gtk_window_present (GTK_WINDOW (get_window (VMC_APPLICATION (app))));
}

static void
vmc_application_open (GApplication  *app,
                      GFile        **files,
                      int            n_files,
                      const char    *hint)
{
  VmcWindow *window = get_window (VMC_APPLICATION (app));

  gtk_window_present (GTK_WINDOW (window));
  if (n_files > 0)
    vmc_window_open_file (window, files[0]);
  if (n_files > 1)
    vmc_window_show_error (window, _("Only one recording can be shown at a time; opened the first."));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *app = user_data;
  static const char *developers[] = { "The Voicemail Coach developers", NULL };

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", _("Voicemail Coach"),
                         "application-icon", APPLICATION_ID,
                         "developer-name", _("The Voicemail Coach developers"),
                         "version", PACKAGE_VERSION,
                         "comments", _("Rehearse phone messages that get called back"),
                         "translator-credits", _("translator-credits"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "developers", developers,
                         NULL);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
vmc_application_startup (GApplication *app)
{
  static const GActionEntry entries[] = {
    { "about", about_action },
    { "quit", quit_action },
    { "record", record_action },
    { "stop", stop_action },
    { "play", play_action },
    { "open", open_action, "s" },
    { "enroll", enroll_action },
    { "show-view", show_view_action, "s" },
    { "open-attempt", open_attempt_action, "x" },
    { "compare", compare_action, "(xx)" },
    { "state", NULL, NULL, "'idle'", state_change },
    { "position", NULL, NULL, "-1.0", state_change },
  };
  VmcApplication *self = VMC_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *help_accels[] = { "<Control>question", NULL };

  G_APPLICATION_CLASS (vmc_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), entries, G_N_ELEMENTS (entries), app);
  self->state = G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (app), "state"));
  self->position = G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (app), "position"));
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay", help_accels);
}

/* What was deleted and not undone goes for good (its recordings too) */
static void
vmc_application_shutdown (GApplication *app)
{
  g_autoptr(GError) error = NULL;
  VmcLibrary *library = vmc_library_get_default (NULL);

  if (library && !vmc_library_purge (library, &error) && error)
    g_warning ("%s", error->message);
  G_APPLICATION_CLASS (vmc_application_parent_class)->shutdown (app);
}

static void
vmc_application_class_init (VmcApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->shutdown = vmc_application_shutdown;
  app_class->activate = vmc_application_activate;
  app_class->open = vmc_application_open;
  app_class->startup = vmc_application_startup;
}

static void
vmc_application_init (VmcApplication *self)
{
}

VmcApplication *
vmc_application_new (void)
{
  return g_object_new (VMC_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/vmcoach/VoicemailCoach",
                       NULL);
}
