/* vmc-denoiser.h: steady background noise (fans, hiss) taken out of 16 kHz speech
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Samples per frame: the denoiser works on whole frames. */
#define VMC_DENOISER_FRAME 256

typedef struct _VmcDenoiser VmcDenoiser;

VmcDenoiser *vmc_denoiser_new     (int           rate,
                                   int           suppress_db,
                                   double        gate_db);
void         vmc_denoiser_reset   (VmcDenoiser  *self);
gsize        vmc_denoiser_process (VmcDenoiser  *self,
                                   gint16       *samples,
                                   gsize         n_samples);
void         vmc_denoiser_free    (VmcDenoiser  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VmcDenoiser, vmc_denoiser_free)

G_END_DECLS
