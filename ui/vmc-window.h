/* vmc-window.h: the practice window: plan, record, result
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* What the window is doing (its "state" property; the app's "state" action says the nick) */
typedef enum {
  VMC_WINDOW_STATE_IDLE,
  VMC_WINDOW_STATE_RECORDING,
  VMC_WINDOW_STATE_ANALYZING,
  VMC_WINDOW_STATE_RESULT,
  VMC_WINDOW_STATE_PLAYING,
} VmcWindowState;

#define VMC_TYPE_WINDOW (vmc_window_get_type ())
G_DECLARE_FINAL_TYPE (VmcWindow, vmc_window, VMC, WINDOW, AdwApplicationWindow)

VmcWindow  *vmc_window_new        (GtkApplication *application);
void        vmc_window_open_file  (VmcWindow      *self,
                                   GFile          *file);
void        vmc_window_record     (VmcWindow      *self);
void        vmc_window_stop       (VmcWindow      *self);
void        vmc_window_play       (VmcWindow      *self);
VmcWindowState vmc_window_get_state (VmcWindow  *self);
double      vmc_window_get_position (VmcWindow    *self);
const char *vmc_window_get_state_nick (VmcWindow  *self);
void        vmc_window_show_error (VmcWindow      *self,
                                   const char     *message);
void        vmc_window_show_view  (VmcWindow      *self,
                                   const char     *view);
void        vmc_window_open_attempt (VmcWindow    *self,
                                   gint64          id);
void        vmc_window_compare    (VmcWindow      *self,
                                   gint64          a,
                                   gint64          b);

G_END_DECLS
