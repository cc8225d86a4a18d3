/* vmc-ring.c: a lock-free single-producer, single-consumer ring of samples
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Head and tail count samples from the start and never wrap (64 bits); the index into the
 * buffer is the count masked by the capacity, a power of two. The writer alone stores the
 * head, the reader alone the tail; each reads the other's with acquire ordering, so the
 * samples copied before a release store are visible to the other side.
 */
#include "config.h"

#include <stdatomic.h>
#include <string.h>

#include "vmc-ring.h"

G_STATIC_ASSERT (ATOMIC_LLONG_LOCK_FREE == 2);

struct _VmcRing
{
  gint16 *buf;
  gsize mask;
  _Alignas (64) atomic_ullong head;    /* written by the producer only */
  _Alignas (64) atomic_ullong tail;    /* written by the consumer only */
  _Alignas (64) atomic_ullong dropped; /* samples the producer found no room for */
};

/**
 * vmc_ring_new:
 * @capacity: samples it holds at least (rounded up to a power of two)
 */
VmcRing *
vmc_ring_new (gsize capacity)
{
  VmcRing *self = g_new0 (VmcRing, 1);
  gsize size = 1;

  while (size < capacity)
    size <<= 1;
  self->buf = g_new0 (gint16, size);
  self->mask = size - 1;
  atomic_init (&self->head, 0);
  atomic_init (&self->tail, 0);
  atomic_init (&self->dropped, 0);
  return self;
}

void
vmc_ring_free (VmcRing *self)
{
  if (self == NULL)
    return;
  g_free (self->buf);
  g_free (self);
}

gsize
vmc_ring_capacity (const VmcRing *self)
{
  return self->mask + 1;
}

/* Copies n samples between the ring at count @at and @data, in at most two pieces */
static void
copy_wrapped (gint16  *ring,
              gsize    mask,
              guint64  at,
              gint16  *data,
              gsize    n,
              gboolean into_ring)
{
  gsize i = at & mask;
  gsize first = MIN (n, mask + 1 - i);

  if (into_ring)
    {
      memcpy (ring + i, data, first * sizeof *data);
      memcpy (ring, data + first, (n - first) * sizeof *data);
    }
  else
    {
      memcpy (data, ring + i, first * sizeof *data);
      memcpy (data + first, ring, (n - first) * sizeof *data);
    }
}

/**
 * vmc_ring_write:
 *
 * For the producer only; safe in a real-time audio callback. What does not fit is dropped
 * and counted.
 *
 * Returns: how many samples were written
 */
gsize
vmc_ring_write (VmcRing      *self,
                const gint16 *samples,
                gsize         n)
{
  guint64 head = atomic_load_explicit (&self->head, memory_order_relaxed);
  guint64 tail = atomic_load_explicit (&self->tail, memory_order_acquire);
  gsize room = (self->mask + 1) - (gsize)(head - tail);
  gsize k = MIN (n, room);

  copy_wrapped (self->buf, self->mask, head, (gint16 *)samples, k, TRUE);
  atomic_store_explicit (&self->head, head + k, memory_order_release);
  if (k < n)
    atomic_fetch_add_explicit (&self->dropped, n - k, memory_order_relaxed);
  return k;
}

/**
 * vmc_ring_read:
 *
 * For the consumer only.
 *
 * Returns: how many samples were read (up to @n)
 */
gsize
vmc_ring_read (VmcRing *self,
               gint16  *samples,
               gsize    n)
{
  guint64 tail = atomic_load_explicit (&self->tail, memory_order_relaxed);
  guint64 head = atomic_load_explicit (&self->head, memory_order_acquire);
  gsize k = MIN (n, (gsize)(head - tail));

  copy_wrapped (self->buf, self->mask, tail, samples, k, FALSE);
  atomic_store_explicit (&self->tail, tail + k, memory_order_release);
  return k;
}

/* For the consumer: samples waiting */
gsize
vmc_ring_available (VmcRing *self)
{
  return (gsize)(atomic_load_explicit (&self->head, memory_order_acquire) -
                 atomic_load_explicit (&self->tail, memory_order_relaxed));
}

guint64
vmc_ring_get_dropped (VmcRing *self)
{
  return atomic_load_explicit (&self->dropped, memory_order_relaxed);
}
