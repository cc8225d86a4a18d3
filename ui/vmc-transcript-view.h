/* vmc-transcript-view.h: the transcript with the elements highlighted and the word being
 * played marked; a click on a word plays from it
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "vmc-analysis.h"

G_BEGIN_DECLS

#define VMC_TYPE_TRANSCRIPT_VIEW (vmc_transcript_view_get_type ())
G_DECLARE_FINAL_TYPE (VmcTranscriptView, vmc_transcript_view, VMC, TRANSCRIPT_VIEW, GtkWidget)

GtkWidget *vmc_transcript_view_new           (void);
void       vmc_transcript_view_set_text      (VmcTranscriptView *self,
                                              const char        *text);
void       vmc_transcript_view_set_analysis  (VmcTranscriptView *self,
                                              VmcAnalysis       *analysis);
void       vmc_transcript_view_set_time      (VmcTranscriptView *self,
                                              double             seconds);
char      *vmc_transcript_view_describe      (VmcTranscriptView *self);
gboolean   vmc_transcript_view_get_complete  (VmcTranscriptView *self);

G_END_DECLS
