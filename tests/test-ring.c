/* test-ring.c: the lock-free ring between PortAudio's callback and the recorder's worker
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "vmc-ring.h"

static void
test_wrap (void)
{
  g_autoptr(VmcRing) ring = vmc_ring_new (1000);
  gint16 in[700], out[700];

  g_assert_cmpuint (vmc_ring_capacity (ring), ==, 1024);
  for (guint round = 0; round < 10; round++)
    {
      for (guint i = 0; i < G_N_ELEMENTS (in); i++)
        in[i] = (gint16)(round * 1000 + i);
      g_assert_cmpuint (vmc_ring_write (ring, in, 700), ==, 700);
      g_assert_cmpuint (vmc_ring_available (ring), ==, 700);
      g_assert_cmpuint (vmc_ring_read (ring, out, 300), ==, 300);
      g_assert_cmpuint (vmc_ring_read (ring, out + 300, 1000), ==, 400);
      g_assert_cmpmem (in, sizeof in, out, sizeof out);
    }
  g_assert_cmpuint (vmc_ring_get_dropped (ring), ==, 0);
}

static void
test_overflow (void)
{
  g_autoptr(VmcRing) ring = vmc_ring_new (256);
  gint16 in[100] = { 0 }, out[256];

  for (guint i = 0; i < 5; i++)
    vmc_ring_write (ring, in, 100);
  /* 256 fit, 244 did not; what fit is the oldest */
  g_assert_cmpuint (vmc_ring_get_dropped (ring), ==, 244);
  g_assert_cmpuint (vmc_ring_read (ring, out, 256), ==, 256);
  g_assert_cmpuint (vmc_ring_write (ring, in, 100), ==, 100);
  g_assert_cmpuint (vmc_ring_get_dropped (ring), ==, 244);
}

#define TOTAL 4000000

static gpointer
produce (gpointer data)
{
  VmcRing *ring = data;
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  gint16 buf[997];
  guint32 next = 0;

  while (next < TOTAL)
    {
      guint32 want = g_rand_int_range (rand, 1, G_N_ELEMENTS (buf));
      gsize n = MIN (want, TOTAL - next), done = 0;

      for (gsize i = 0; i < n; i++)
        buf[i] = (gint16)((next + i) & 0x7fff);
      while (done < n)
        {
          gsize k = vmc_ring_write (ring, buf + done, n - done);

          done += k;
          if (done < n)
            g_thread_yield ();
        }
      next += n;
    }
  return NULL;
}

/* One thread writes a counting sequence in random sizes while this one reads it back in
 * other sizes: every sample arrives, once, in order */
static void
test_threads (void)
{
  g_autoptr(VmcRing) ring = vmc_ring_new (4096);
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  GThread *producer = g_thread_new ("producer", produce, ring);
  gint16 buf[1500];
  guint32 next = 0;
  guint bad = 0;

  while (next < TOTAL)
    {
      gsize want = g_rand_int_range (rand, 1, G_N_ELEMENTS (buf));
      gsize k = vmc_ring_read (ring, buf, want);

      for (gsize i = 0; i < k; i++)
        bad += buf[i] != (gint16)((next + i) & 0x7fff);
      next += k;
      if (k == 0)
        g_thread_yield ();
    }
  g_thread_join (producer);
  g_assert_cmpuint (bad, ==, 0);
  g_assert_cmpuint (next, ==, TOTAL);
  g_assert_cmpuint (vmc_ring_available (ring), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ring/wrap", test_wrap);
  g_test_add_func ("/ring/overflow", test_overflow);
  g_test_add_func ("/ring/threads", test_threads);
  return g_test_run ();
}
