/* vmc-window-dnd.c: recordings dropped on the window: on the Attempts view all of them are
 * imported; elsewhere the first is opened on the Practice view
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vmc-window"

#include "config.h"

#include <glib/gi18n.h>

#include "vmc-window-private.h"

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         VmcWindow     *self)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST) || !(files = g_value_get_boxed (value)))
    return FALSE;
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "attempts") == 0)
    {
      vmc_attempts_page_import (self->attempts_page, files);
      return TRUE;
    }
  if (files->next != NULL)
    vmc_window_show_error (self, _("Opened the first recording. To grade several at once, drop them on the "
                                   "Attempts view."));
  vmc_window_open_file (self, files->data);
  return TRUE;
}

void
_vmc_window_dnd_init (VmcWindow *self)
{
  GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect (drop, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}
