/* vmc-application.c: the application: windows, app actions, files to open
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vmc-app"

#include "config.h"

#include "vmc-application.h"
#include "vmc-window.h"

struct _VmcApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (VmcApplication, vmc_application, ADW_TYPE_APPLICATION)

static VmcWindow *
get_window (VmcApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (vmc_window_new (GTK_APPLICATION (self)));
  return VMC_WINDOW (window);
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
    vmc_window_show_error (window, "Only one recording can be shown at a time; opened the first.");
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *app = user_data;
  static const char *developers[] = { "The Voicemail Coach developers", NULL };

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", "Voicemail Coach",
                         "application-icon", APPLICATION_ID,
                         "developer-name", "The Voicemail Coach developers",
                         "version", PACKAGE_VERSION,
                         "comments", "Rehearse phone messages that get called back",
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
  };
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *help_accels[] = { "<Control>question", NULL };

  G_APPLICATION_CLASS (vmc_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), entries, G_N_ELEMENTS (entries), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay", help_accels);
}

static void
vmc_application_class_init (VmcApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

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
