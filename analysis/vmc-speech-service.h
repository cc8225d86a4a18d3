/* vmc-speech-service.h: the speech model of the process, and analyses run in workers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "vmc-analysis.h"
#include "vmc-audio-clip.h"
#include "vmc-plan.h"
#include "vmc-recognizer.h"

G_BEGIN_DECLS

#define VMC_TYPE_SPEECH_SERVICE (vmc_speech_service_get_type ())
G_DECLARE_FINAL_TYPE (VmcSpeechService, vmc_speech_service, VMC, SPEECH_SERVICE, GObject)

VmcSpeechService *vmc_speech_service_new             (const char          *model_dir);
VmcSpeechService *vmc_speech_service_get_default     (void);

void              vmc_speech_service_set_model_dir   (VmcSpeechService    *self,
                                                      const char          *model_dir);
void              vmc_speech_service_set_voice       (VmcSpeechService    *self,
                                                      const char          *voice_dir);
char             *vmc_speech_service_dup_voice       (VmcSpeechService    *self);
void              vmc_speech_service_reload          (VmcSpeechService    *self);
void              vmc_speech_service_set_phrases     (VmcSpeechService    *self,
                                                      const char * const  *phrases);
void              vmc_speech_service_set_max_recognizers (VmcSpeechService *self,
                                                          guint             n);
guint             vmc_speech_service_get_max_recognizers (VmcSpeechService *self);
gboolean          vmc_speech_service_is_loaded       (VmcSpeechService    *self);
gboolean          vmc_speech_service_hears_voice     (VmcSpeechService    *self);

gboolean          vmc_speech_service_load            (VmcSpeechService    *self,
                                                      GCancellable        *cancellable,
                                                      GError             **error);
void              vmc_speech_service_load_async      (VmcSpeechService    *self,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
gboolean          vmc_speech_service_load_finish     (VmcSpeechService    *self,
                                                      GAsyncResult        *result,
                                                      GError             **error);

VmcRecognizer    *vmc_speech_service_acquire         (VmcSpeechService    *self,
                                                      GCancellable        *cancellable,
                                                      GError             **error);
VmcRecognizer    *vmc_speech_service_try_acquire     (VmcSpeechService    *self);
void              vmc_speech_service_release         (VmcSpeechService    *self,
                                                      VmcRecognizer       *rec);

VmcAnalysis      *vmc_speech_service_analyze         (VmcSpeechService    *self,
                                                      VmcAudioClip        *clip,
                                                      const VmcPlan       *plan,
                                                      const VmcAnalysisOptions *options,
                                                      GCancellable        *cancellable,
                                                      GError             **error);
void              vmc_speech_service_analyze_file_async  (VmcSpeechService    *self,
                                                          const char          *path,
                                                          const VmcPlan       *plan,
                                                          const VmcAnalysisOptions *options,
                                                          GCancellable        *cancellable,
                                                          GAsyncReadyCallback  callback,
                                                          gpointer             user_data);
void              vmc_speech_service_analyze_clip_async  (VmcSpeechService    *self,
                                                          VmcAudioClip        *clip,
                                                          const VmcPlan       *plan,
                                                          const VmcAnalysisOptions *options,
                                                          GCancellable        *cancellable,
                                                          GAsyncReadyCallback  callback,
                                                          gpointer             user_data);
VmcAnalysis      *vmc_speech_service_analyze_clip_finish (VmcSpeechService    *self,
                                                          GAsyncResult        *result,
                                                          GError             **error);
VmcAnalysis      *vmc_speech_service_analyze_file_finish (VmcSpeechService    *self,
                                                          GAsyncResult        *result,
                                                          VmcAudioClip       **clip,
                                                          GError             **error);

G_END_DECLS
