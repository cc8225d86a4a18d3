/* vmc-ring.h: a lock-free ring of samples for one writer thread and one reader thread
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The writer is PortAudio's callback: vmc_ring_write() only copies and does two atomic
 * operations (no allocation, lock, logging or GLib call). The reader is the recorder's worker.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _VmcRing VmcRing;

VmcRing *vmc_ring_new          (gsize          capacity);
void     vmc_ring_free         (VmcRing       *self);
gsize    vmc_ring_capacity     (const VmcRing *self);
gsize    vmc_ring_write        (VmcRing       *self,
                                const gint16  *samples,
                                gsize          n);
gsize    vmc_ring_read         (VmcRing       *self,
                                gint16        *samples,
                                gsize          n);
gsize    vmc_ring_available    (VmcRing       *self);
guint64  vmc_ring_get_dropped  (VmcRing       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VmcRing, vmc_ring_free)

G_END_DECLS
