/* test-segment.c: cutting audio at pauses, and finding digits said one by one
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "vmc-segment.h"

#define RATE 16000

/* bursts of a 200 Hz buzz of @len seconds, @gap seconds apart, after 0.5 s of quiet */
static gint16 *
bursts (guint   count,
        double  len,
        double  gap,
        gsize  *n)
{
  gsize total = (gsize)((1.0 + count * (len + gap)) * RATE);
  gint16 *out = g_new0 (gint16, total);

  for (guint b = 0; b < count; b++)
    {
      gsize from = (gsize)((0.5 + b * (len + gap)) * RATE);

      for (gsize i = 0; i < (gsize)(len * RATE); i++)
        out[from + i] = (gint16)(6000 * sin (2 * G_PI * 200.0 * i / RATE));
    }
  /* a little room noise everywhere */
  for (gsize i = 0; i < total; i++)
    out[i] += (gint16)g_random_int_range (-20, 21);
  *n = total;
  return out;
}

static void
test_sounds (void)
{
  gsize n;
  g_autofree gint16 *s = bursts (4, 0.3, 0.4, &n);
  g_autoptr(GArray) sounds = vmc_segment_sounds (s, n, RATE);

  g_assert_cmpuint (sounds->len, ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      VmcSpan *sp = &g_array_index (sounds, VmcSpan, i);

      g_assert_cmpfloat_with_epsilon (sp->start, 0.5 + i * 0.7, 0.02);
      g_assert_cmpfloat_with_epsilon (sp->end, 0.8 + i * 0.7, 0.02);
    }
}

static void
test_digit_runs (void)
{
  gsize n;
  g_autofree gint16 *ten = bursts (10, 0.3, 0.3, &n);
  g_autoptr(GArray) sounds = vmc_segment_sounds (ten, n, RATE);
  g_autoptr(GPtrArray) runs = vmc_find_digit_runs (sounds);

  g_assert_cmpuint (runs->len, ==, 1);
  g_assert_cmpuint (((GArray *)g_ptr_array_index (runs, 0))->len, ==, 10);
}

/* one digit split in two by a dip: 11 sounds become 10 */
static void
test_split_digit (void)
{
  g_autoptr(GArray) sounds = g_array_new (FALSE, FALSE, sizeof (VmcSpan));
  g_autoptr(GPtrArray) runs = NULL;
  GArray *run;

  for (guint i = 0; i < 10; i++)
    {
      VmcSpan s = { 0.5 + i * 0.6, 0.8 + i * 0.6 };

      if (i == 4)
        {
          VmcSpan a = { s.start, s.start + 0.12 }, b = { s.start + 0.16, s.end };

          g_array_append_val (sounds, a);
          g_array_append_val (sounds, b);
          continue;
        }
      g_array_append_val (sounds, s);
    }
  runs = vmc_find_digit_runs (sounds);
  g_assert_cmpuint (runs->len, ==, 1);
  run = g_ptr_array_index (runs, 0);
  g_assert_cmpuint (run->len, ==, 10);
  g_assert_cmpfloat_with_epsilon (g_array_index (run, VmcSpan, 4).end, 0.8 + 4 * 0.6, 1e-9);
}

/* running speech (long sounds) and short runs are not numbers */
static void
test_not_digits (void)
{
  gsize n;
  g_autofree gint16 *phrases = bursts (10, 1.6, 0.3, &n);
  g_autofree gint16 *few = NULL;
  g_autoptr(GArray) sounds = vmc_segment_sounds (phrases, n, RATE);
  g_autoptr(GPtrArray) runs = vmc_find_digit_runs (sounds);
  g_autoptr(GArray) few_sounds = NULL;
  g_autoptr(GPtrArray) few_runs = NULL;

  g_assert_cmpuint (runs->len, ==, 0);
  few = bursts (5, 0.3, 0.3, &n);
  few_sounds = vmc_segment_sounds (few, n, RATE);
  few_runs = vmc_find_digit_runs (few_sounds);
  g_assert_cmpuint (few_runs->len, ==, 0);
}

static void
test_silence (void)
{
  g_autofree gint16 *s = g_new0 (gint16, RATE);
  g_autoptr(GArray) sounds = vmc_segment_sounds (s, RATE, RATE);
  g_autoptr(GArray) none = vmc_segment_sounds (s, 10, RATE);

  g_assert_cmpuint (sounds->len, ==, 0);
  g_assert_cmpuint (none->len, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/segment/sounds", test_sounds);
  g_test_add_func ("/segment/digit-runs", test_digit_runs);
  g_test_add_func ("/segment/split-digit", test_split_digit);
  g_test_add_func ("/segment/not-digits", test_not_digits);
  g_test_add_func ("/segment/silence", test_silence);
  return g_test_run ();
}
