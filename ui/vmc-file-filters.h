/* vmc-file-filters.h: the filters of the file choosers that open recordings
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib/gi18n.h>
#include <gtk/gtk.h>

G_BEGIN_DECLS

/* "Audio files" (shown first) and "All files" (a recording with an odd name) */
static inline void
vmc_file_filters_add_audio (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) audio = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (audio, _("Audio files"));
  gtk_file_filter_add_mime_type (audio, "audio/*");
  gtk_file_filter_add_suffix (audio, "wav");
  gtk_file_filter_add_suffix (audio, "flac");
  gtk_file_filter_add_suffix (audio, "ogg");
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (chooser, audio);
  gtk_file_chooser_add_filter (chooser, all);
}

G_END_DECLS
