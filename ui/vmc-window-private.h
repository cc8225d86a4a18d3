/* vmc-window-private.h: the practice window's insides, shared by its files (vmc-window.c:
 * life cycle and states; vmc-window-actions.c: the actions; vmc-window-dnd.c: drops)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vmc-attempts-page.h"
#include "vmc-library.h"
#include "vmc-live-analysis.h"
#include "vmc-plan-panel.h"
#include "vmc-progress-page.h"
#include "vmc-recorder.h"
#include "vmc-recording-view.h"
#include "vmc-result-view.h"
#include "vmc-speech-service.h"
#include "vmc-voices.h"
#include "vmc-window.h"

G_BEGIN_DECLS

struct _VmcWindow
{
  AdwApplicationWindow  parent_instance;

  /* template */
  AdwViewSwitcherTitle *window_title;
  AdwToastOverlay      *toast_overlay;
  AdwViewStack         *view_stack;
  GtkStack             *stack;
  GtkWidget            *plan_button;
  VmcAttemptsPage      *attempts_page;
  VmcProgressPage      *progress_page;
  AdwViewSwitcherBar   *switcher_bar;
  AdwFlap              *flap;
  VmcPlanPanel         *plan_panel;
  VmcRecordingView     *recording_view;
  VmcResultView        *result_view;
  GtkDropDown          *device_dropdown;

  VmcWindowState        state;
  GSettings            *settings;
  VmcSpeechService     *service;        /* the process's speech model */
  VmcVoice             *voice;          /* whose voice is heard; NULL: any voice */
  GCancellable         *load_cancellable; /* loading the voice chosen last */
  gboolean              started;          /* the start-up work after the first frame is done */
  GCancellable         *devices_cancellable; /* the microphones being listed */
  gboolean              microphone_checked;  /* listed once since the start */
  VmcRecorder          *recorder;
  VmcLiveAnalysis      *live;           /* the recording's analysis, while it is made */
  GCancellable         *open_cancellable; /* the file being opened: a later one drops it */
  GPtrArray            *device_ids;
  GtkFileChooserNative *chooser;
  gint64                stop_time;      /* when Stop was pressed (for the timing benchmark) */
  VmcLibrary           *library;        /* where attempts are kept; NULL when it cannot be opened */
  VmcPlan              *recording_plan; /* the plan of the recording being made */
  GPtrArray            *recorded;       /* the recordings this window made (not to recover) */
};

void  _vmc_window_set_state       (VmcWindow      *self,
                                   VmcWindowState  state);
void  _vmc_window_update_actions  (VmcWindow      *self);
void  _vmc_window_class_actions_init (GtkWidgetClass *widget_class);
void  _vmc_window_add_shortcuts   (VmcWindow      *self);
void  _vmc_window_dnd_init        (VmcWindow      *self);
void  _vmc_window_show_no_microphone (VmcWindow   *self);
void  _vmc_window_enroll          (VmcWindow      *self);
void  _vmc_window_load_voice      (VmcWindow      *self,
                                   gboolean        again);
void  _vmc_window_on_voice_setting_changed (GSettings  *settings,
                                            const char *key,
                                            VmcWindow  *self);
void  _vmc_window_on_device_selected (GtkDropDown *dropdown,
                                      GParamSpec  *pspec,
                                      VmcWindow   *self);
void  _vmc_window_check_microphone (VmcWindow   *self);

/* vmc-window-library.c: attempts kept, the views */
void  _vmc_window_library_init    (VmcWindow      *self);
char *_vmc_window_new_recording_path (VmcWindow   *self);
void  _vmc_window_keep_attempt    (VmcWindow      *self,
                                   VmcAnalysis    *analysis,
                                   const char     *recording,
                                   const VmcPlan  *plan);
void  _vmc_window_keep_opened     (VmcWindow      *self,
                                   VmcAnalysis    *analysis,
                                   const VmcPlan  *plan);
void  _vmc_window_recover         (VmcWindow      *self);
void  _vmc_window_update_view     (VmcWindow      *self);

G_END_DECLS
