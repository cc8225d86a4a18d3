/* vmc-segment.c: cutting audio into sounds at the pauses between them
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Someone dictating a number slowly leaves a pause after each digit. Cut at those pauses,
 * each digit can be recognized on its own with a grammar of one digit, which is far more
 * robust on telephone-band and accented voices than decoding the run as a whole (measured on
 * real recorded digits: 0.46 of the digits right as a whole, 0.88 one by one).
 */
#define G_LOG_DOMAIN "vmc-analysis"

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "vmc-segment.h"

#define FRAME_S        0.010
#define BELOW_PEAK_DB  30.0   /* a sound is louder than the 98th percentile minus this */
#define ABOVE_FLOOR_DB 6.0    /* and than the 10th percentile plus this */
#define BRIDGE_FRAMES  6      /* shorter dips do not split a sound */
#define MIN_FRAMES     8      /* shorter bursts are clicks */

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

/**
 * vmc_segment_sounds:
 *
 * Returns: (transfer full) (element-type VmcSpan): the sounds, in order
 */
GArray *
vmc_segment_sounds (const gint16 *samples,
                    gsize         n_samples,
                    int           rate)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (VmcSpan));
  gsize hop = (gsize)(rate * FRAME_S);
  gsize nf = hop ? n_samples / hop : 0;
  g_autofree double *e = NULL, *sorted = NULL;
  double threshold;
  gsize k = 0;

  if (nf < 10)
    return spans;
  e = g_new (double, nf);
  for (gsize f = 0; f < nf; f++)
    {
      double a = 0.0;

      for (gsize j = 0; j < hop; j++)
        a += (double)samples[f * hop + j] * samples[f * hop + j];
      e[f] = 10.0 * log10 (a / hop + 1.0);
    }
  sorted = g_memdup2 (e, nf * sizeof (double));
  qsort (sorted, nf, sizeof (double), compare_double);
  threshold = MAX (sorted[(gsize)(nf * 0.98)] - BELOW_PEAK_DB, sorted[(gsize)(nf * 0.10)] + ABOVE_FLOOR_DB);

  while (k < nf)
    {
      gsize start;

      while (k < nf && e[k] < threshold)
        k++;
      if (k >= nf)
        break;
      start = k;
      for (;;)
        {
          gsize gap;

          while (k < nf && e[k] >= threshold)
            k++;
          gap = k;
          while (gap < nf && e[gap] < threshold && gap - k < BRIDGE_FRAMES)
            gap++;
          if (gap < nf && e[gap] >= threshold && gap - k < BRIDGE_FRAMES)
            k = gap;
          else
            break;
        }
      if (k - start >= MIN_FRAMES)
        {
          VmcSpan s = { start * FRAME_S, k * FRAME_S };

          g_array_append_val (spans, s);
        }
    }
  return spans;
}

static gboolean
digit_sized (const VmcSpan *s)
{
  double d = s->end - s->start;

  return d >= 0.08 && d <= 1.0;
}

/**
 * vmc_find_digit_runs:
 * @sounds: (element-type VmcSpan): from vmc_segment_sounds()
 *
 * Finds runs of short sounds with short pauses between them that could be the digits of a
 * phone number said one by one: 7 or 10 of them. A run of 11 to 13 (a digit split by a dip
 * in its middle) is brought down to 10 by joining the sounds closest together.
 *
 * Returns: (transfer full) (element-type GArray): the runs, each a #GArray of #VmcSpan
 */
GPtrArray *
vmc_find_digit_runs (GArray *sounds)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
  guint i = 0;

  while (i < sounds->len)
    {
      GArray *run = g_array_new (FALSE, FALSE, sizeof (VmcSpan));
      guint j = i;

      while (j < sounds->len && digit_sized (&g_array_index (sounds, VmcSpan, j)) &&
             (j == i || g_array_index (sounds, VmcSpan, j).start -
                        g_array_index (sounds, VmcSpan, j - 1).end <= 1.5))
        g_array_append_val (run, g_array_index (sounds, VmcSpan, j++));

      while (run->len > 10 && run->len <= 13)
        {
          guint best = 1;

          for (guint k = 2; k < run->len; k++)
            if (g_array_index (run, VmcSpan, k).start - g_array_index (run, VmcSpan, k - 1).end <
                g_array_index (run, VmcSpan, best).start - g_array_index (run, VmcSpan, best - 1).end)
              best = k;
          g_array_index (run, VmcSpan, best - 1).end = g_array_index (run, VmcSpan, best).end;
          g_array_remove_index (run, best);
        }
      if (run->len == 7 || run->len == 10)
        g_ptr_array_add (out, run);
      else
        g_array_unref (run);
      i = MAX (j, i + 1);
    }
  return out;
}
