/* vmc-window-microphone.c: the practice window without a microphone (a page that says what
 * to check, and a choice of device), and the recordings a crash cut off, offered back
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vmc-window"

#include "config.h"

#include <glib/gi18n.h>

#include "vmc-portaudio.h"
#include "vmc-window-private.h"

static void
fill_devices (VmcWindow *self,
              GPtrArray *list)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_ptr_array_set_size (self->device_ids, 0);
  gtk_string_list_append (names, _("Default microphone"));
  g_ptr_array_add (self->device_ids, g_strdup (""));
  for (guint i = 0; list && i < list->len; i++)
    {
      const VmcAudioDevice *d = list->pdata[i];

      gtk_string_list_append (names, d->name);
      g_ptr_array_add (self->device_ids, g_strdup (d->id));
    }
  gtk_drop_down_set_model (self->device_dropdown, G_LIST_MODEL (names));
  gtk_widget_set_visible (GTK_WIDGET (self->device_dropdown), list && list->len > 0);
}

/* The microphones, listed in a worker: the choice of device on the page without a microphone;
 * the first time (at start) that page is shown if there is none, then the recordings a crash
 * cut off are looked for */
static void
listed (GObject      *source,
        GAsyncResult *result,
        gpointer      data)
{
  g_autoptr(VmcWindow) self = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = vmc_audio_devices_list_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  fill_devices (self, list);
  if (self->microphone_checked)
    return;
  self->microphone_checked = TRUE;
  if (list == NULL || list->len == 0)
    gtk_stack_set_visible_child_name (self->stack, "no-microphone");
  _vmc_window_recover (self);
}

/* The page that says what to check */
void
_vmc_window_show_no_microphone (VmcWindow *self)
{
  gtk_stack_set_visible_child_name (self->stack, "no-microphone");
  vmc_audio_devices_list_async (TRUE, self->devices_cancellable, listed, g_object_ref (self));
}

void
_vmc_window_on_device_selected (GtkDropDown *dropdown,
                    GParamSpec  *pspec,
                    VmcWindow   *self)
{
  guint i = gtk_drop_down_get_selected (dropdown);

  if (i < self->device_ids->len)
    g_settings_set_string (self->settings, "input-device", g_ptr_array_index (self->device_ids, i));
}

/* At start: a page that says what to check when there is no microphone, then the
 * recordings a crash cut off */
void
_vmc_window_check_microphone (VmcWindow *self)
{
  vmc_audio_devices_list_async (TRUE, self->devices_cancellable, listed, g_object_ref (self));
}
