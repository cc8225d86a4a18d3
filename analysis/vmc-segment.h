/* vmc-segment.h: cutting audio into sounds at the pauses between them
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  double start;   /* seconds */
  double end;
} VmcSpan;

GArray *vmc_segment_sounds     (const gint16 *samples,
                                gsize         n_samples,
                                int           rate);
GPtrArray *vmc_find_digit_runs (GArray       *sounds);

G_END_DECLS
