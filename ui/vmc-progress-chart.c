/* vmc-progress-chart.c: the score of every attempt, in the order they were made
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A point per attempt, oldest on the left, its score from 0 to 100 up the side, and a line
 * through the average of the last five (a practice session's trend, not one lucky take). The
 * attempts stand at equal steps, in the order they were made, with the dates of a few under
 * them: a rep records ten in an afternoon and then nothing for a week, and on a time axis
 * the afternoon would be one smudge. A click on a point, or Enter on the highlighted one
 * (Left and Right move it), asks for that attempt (::attempt-activated).
 *
 * Drawing stays cheap with thousands of attempts: where each point goes is worked out once
 * per size, a point that lands on a pixel already drawn is not drawn again, each point is one
 * node (a border as wide as its radius: a disc), and the average is one cairo path through
 * at most one vertex per pixel column. Cairo draws that line because GTK 4.8 has no path
 * node (GskPathBuilder came in 4.14), and segments as thin rotated rectangles would be a
 * transform node per segment with gaps at every joint; the cairo node is recorded, not
 * rasterized, while snapshotting.
 */
#define G_LOG_DOMAIN "vmc-progress-chart"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "vmc-progress-chart.h"
#include "vmc-snapshot.h"

#define PAD 6
#define INSET 9.0f           /* inside the plot: room for the largest point and its ring */
#define MAX_RADIUS 4.0f
#define MIN_RADIUS 1.5f
#define SQUARE_RADIUS 2.0f   /* points this small are drawn as a grid of squares */
#define RING_GAP 3.0f
#define HIT_DISTANCE 8.0f    /* a click this close to a point picks it */
#define MAX_DATE_LABELS 6

struct _VmcProgressChart
{
  GtkWidget parent_instance;

  GPtrArray *attempts;   /* VmcAttempt, oldest first */
  GArray *average;       /* float: the moving average at each attempt */
  int highlighted;       /* index into attempts, -1 for none */

  /* where everything goes, for the size last allocated */
  gboolean layout_valid;
  graphene_rect_t plot;
  float radius;
  GArray *xs;            /* float, one per attempt, never decreasing */
  GArray *ys;
};

G_DEFINE_FINAL_TYPE (VmcProgressChart, vmc_progress_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_HIGHLIGHTED,
  PROP_N_ATTEMPTS,
  N_PROPS
};

enum {
  SIGNAL_ATTEMPT_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* ---- text ---- */

static PangoLayout *
small_layout (GtkWidget  *widget,
              const char *text)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_scale_new (PANGO_SCALE_SMALL));
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  return layout;
}

static char *
format_date (GDateTime  *when,
             const char *format)
{
  char *text = when ? g_date_time_format (when, format) : NULL;

  return text ? text : g_strdup ("");
}

/* "12 Mar 2024, 14:05" */
static char *
full_date (VmcAttempt *attempt)
{
  /* TRANSLATORS: when an attempt was made (g_date_time_format(): "12 Mar 2024, 14:05") */
  return format_date (vmc_attempt_get_created (attempt), _("%-d %b %Y, %H:%M"));
}

/* "12 Mar 2024, 14:05: score 82", for the tooltip and the legend */
static char *
point_text (VmcProgressChart *self,
            guint             i)
{
  VmcAttempt *attempt = g_ptr_array_index (self->attempts, i);
  g_autofree char *when = full_date (attempt);

  /* TRANSLATORS: a point of the chart: when the attempt was made, and its score */
  return g_strdup_printf (_("%s: score %d"), when, vmc_attempt_get_score (attempt));
}

/* The dates under the axis: days within a year, months beyond; on one day, the times (the
 * first with its day) */
static const char *
axis_date_format (VmcProgressChart *self,
                  gboolean          first)
{
  GDateTime *oldest = vmc_attempt_get_created (g_ptr_array_index (self->attempts, 0));
  GDateTime *newest = vmc_attempt_get_created (g_ptr_array_index (self->attempts, self->attempts->len - 1));
  int y0, m0, d0, y1, m1, d1;

  if (oldest == NULL || newest == NULL)
    return _("%-d %b");
  g_date_time_get_ymd (oldest, &y0, &m0, &d0);
  g_date_time_get_ymd (newest, &y1, &m1, &d1);
  if (y0 == y1 && m0 == m1 && d0 == d1)
    /* TRANSLATORS: under the chart when every attempt was made on one day: the first
     * label ("12 Mar, 09:00"), then the others (g_date_time_format()) */
    return first ? _("%-d %b, %H:%M") : _("%H:%M");
  if (g_date_time_difference (newest, oldest) < 300 * G_TIME_SPAN_DAY)
    /* TRANSLATORS: under the chart, a day ("12 Mar"; g_date_time_format()) */
    return _("%-d %b");
  /* TRANSLATORS: under the chart when the attempts span about a year or more ("Mar 2024") */
  return _("%b %Y");
}

/* ---- where things go ---- */

static float
y_of_score (VmcProgressChart *self,
            double            score)
{
  return self->plot.origin.y + INSET + (1.0f - (float)score / 100.0f) * (self->plot.size.height - 2 * INSET);
}

static void
ensure_layout (VmcProgressChart *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(PangoLayout) probe = NULL;
  guint n = self->attempts->len;
  int label_w, label_h;
  float x0, x1, step;

  if (self->layout_valid)
    return;
  self->layout_valid = TRUE;

  /* the score labels on the left, the legend above, the dates below */
  probe = small_layout (widget, "100");
  pango_layout_get_pixel_size (probe, &label_w, &label_h);
  self->plot = GRAPHENE_RECT_INIT (label_w + 2 * PAD, label_h + 2 * PAD,
                                   MAX (0, width - label_w - 3 * PAD),
                                   MAX (0, height - 2 * label_h - 4 * PAD));

  g_array_set_size (self->xs, n);
  g_array_set_size (self->ys, n);
  x0 = self->plot.origin.x + INSET;
  x1 = self->plot.origin.x + self->plot.size.width - INSET;
  step = n > 1 ? (x1 - x0) / (n - 1) : 0;
  /* a point as large as the room between two allows */
  self->radius = CLAMP (step / 2.5f, MIN_RADIUS, MAX_RADIUS);
  for (guint i = 0; i < n; i++)
    {
      VmcAttempt *attempt = g_ptr_array_index (self->attempts, i);

      g_array_index (self->xs, float, i) = n > 1 ? x0 + i * step : (x0 + x1) / 2;
      g_array_index (self->ys, float, i) = y_of_score (self, CLAMP (vmc_attempt_get_score (attempt), 0, 100));
    }
}

/* The attempt drawn nearest (@x, @y), if one is within a few pixels; -1 if none */
static int
point_at (VmcProgressChart *self,
          double            x,
          double            y)
{
  float reach = MAX (HIT_DISTANCE, self->radius + RING_GAP);
  float best_d2 = reach * reach;
  int best = -1;
  guint lo = 0, hi;

  ensure_layout (self);
  hi = self->xs->len;
  /* the first point no further left than the reach (xs never decrease) */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (self->xs, float, mid) < x - reach)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (guint i = lo; i < self->xs->len && g_array_index (self->xs, float, i) <= x + reach; i++)
    {
      float dx = g_array_index (self->xs, float, i) - (float)x;
      float dy = g_array_index (self->ys, float, i) - (float)y;

      /* on a tie, the later one: it is drawn on top */
      if (dx * dx + dy * dy <= best_d2)
        {
          best_d2 = dx * dx + dy * dy;
          best = (int)i;
        }
    }
  return best;
}

/* ---- drawing ---- */

static void
append_disc (GtkSnapshot   *snapshot,
             const GdkRGBA *color,
             float          x,
             float          y,
             float          radius,
             float          width)
{
  GskRoundedRect outline;
  const float widths[4] = { width, width, width, width };
  const GdkRGBA colors[4] = { *color, *color, *color, *color };

  gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (x - radius, y - radius,
                                                                  2 * radius, 2 * radius), radius);
  gtk_snapshot_append_border (snapshot, &outline, widths, colors);
}

static void
snapshot_grid (VmcProgressChart *self,
               GtkSnapshot      *snapshot,
               const GdkRGBA    *grid,
               const GdkRGBA    *dim)
{
  GtkWidget *widget = GTK_WIDGET (self);

  for (int score = 0; score <= 100; score += 50)
    {
      g_autofree char *text = g_strdup_printf ("%d", score);
      g_autoptr(PangoLayout) layout = small_layout (widget, text);
      float y = y_of_score (self, score);
      int lw, lh;

      gtk_snapshot_append_color (snapshot, grid, &GRAPHENE_RECT_INIT (self->plot.origin.x, roundf (y) - 0.5f,
                                                                      self->plot.size.width, 1));
      pango_layout_get_pixel_size (layout, &lw, &lh);
      vmc_snapshot_layout_at (snapshot, layout, self->plot.origin.x - PAD - lw, y - lh / 2.0f, dim);
    }
}

/* A few dates under the points they belong to, none on top of another or said twice */
static void
snapshot_dates (VmcProgressChart *self,
                GtkSnapshot      *snapshot,
                const GdkRGBA    *grid,
                const GdkRGBA    *dim)
{
  GtkWidget *widget = GTK_WIDGET (self);
  guint n = self->attempts->len;
  float bottom = self->plot.origin.y + self->plot.size.height;
  float drawn_end = -G_MAXFLOAT;
  g_autofree char *previous = NULL;
  guint n_labels;
  int sample_w;

  {
    g_autofree char *sample = format_date (vmc_attempt_get_created (g_ptr_array_index (self->attempts, 0)),
                                           axis_date_format (self, TRUE));
    g_autoptr(PangoLayout) layout = small_layout (widget, sample);

    pango_layout_get_pixel_size (layout, &sample_w, NULL);
  }
  n_labels = CLAMP ((guint)(self->plot.size.width / (sample_w + 32)), 1, MAX_DATE_LABELS);
  n_labels = MIN (n_labels, n);
  for (guint k = 0; k < n_labels; k++)
    {
      guint i = n_labels > 1 ? (guint)llround ((double)k * (n - 1) / (n_labels - 1)) : n - 1;
      g_autofree char *text = format_date (vmc_attempt_get_created (g_ptr_array_index (self->attempts, i)),
                                           axis_date_format (self, previous == NULL));
      g_autoptr(PangoLayout) layout = NULL;
      float x = g_array_index (self->xs, float, i);
      float left;
      int lw, lh;

      if (g_strcmp0 (text, previous) == 0)
        continue;
      layout = small_layout (widget, text);
      pango_layout_get_pixel_size (layout, &lw, &lh);
      left = CLAMP (x - lw / 2.0f, PAD, gtk_widget_get_width (widget) - PAD - lw);
      if (left < drawn_end + 8)
        continue;
      gtk_snapshot_append_color (snapshot, grid, &GRAPHENE_RECT_INIT (roundf (x) - 0.5f, bottom, 1, 4));
      vmc_snapshot_layout_at (snapshot, layout, left, bottom + 4, dim);
      drawn_end = left + lw;
      g_free (previous);
      previous = g_steal_pointer (&text);
    }
}

/* Each point once per pixel: with a few hundred attempts some land where one already is.
 * The points come in order of x, so a pixel column is done once the next one starts, and a
 * row only needs to remember the last column it was drawn in. */
static void
snapshot_points (VmcProgressChart *self,
                 GtkSnapshot      *snapshot,
                 const GdkRGBA    *color)
{
  int rows = MAX (1, (int)ceilf (self->plot.size.height) + 1);
  g_autofree int *drawn_in = g_new (int, rows);

  for (int r = 0; r < rows; r++)
    drawn_in[r] = G_MININT;
  for (guint i = 0; i < self->xs->len; i++)
    {
      float x = g_array_index (self->xs, float, i), y = g_array_index (self->ys, float, i);
      int column = (int)floorf (x);
      int row = CLAMP ((int)floorf (y - self->plot.origin.y), 0, rows - 1);

      if (drawn_in[row] == column)
        continue;
      drawn_in[row] = column;
      append_disc (snapshot, color, x, y, self->radius, self->radius);
    }
}

/* Points less than a few pixels apart (hundreds of attempts and more) are drawn as a grid of
 * squares a point wide, and the squares that touch in a column as one rectangle: it looks the
 * same (touching squares are a bar already), and 5,000 attempts make ~1,000 colour nodes
 * instead of ~4,500 discs, which the cairo renderer needed 45 ms for. */
static void
snapshot_points_dense (VmcProgressChart *self,
                       GtkSnapshot      *snapshot,
                       const GdkRGBA    *color)
{
  float cell = 2 * self->radius;
  float left = self->plot.origin.x, top = self->plot.origin.y;
  int rows = MAX (1, (int)ceilf (self->plot.size.height / cell) + 1);
  g_autofree int *filled_in = g_new (int, rows);
  int column = G_MININT;

  for (int r = 0; r < rows; r++)
    filled_in[r] = G_MININT;
  for (guint i = 0; i <= self->xs->len; i++)
    {
      gboolean end = i == self->xs->len;
      int c = end ? G_MAXINT : (int)floorf ((g_array_index (self->xs, float, i) - left) / cell);

      /* a column is complete: its runs of filled cells, each one rectangle */
      if (c != column && column != G_MININT)
        for (int r = 0; r < rows; r++)
          {
            int from = r;

            if (filled_in[r] != column)
              continue;
            while (r + 1 < rows && filled_in[r + 1] == column)
              r++;
            gtk_snapshot_append_color (snapshot, color,
                                       &GRAPHENE_RECT_INIT (left + column * cell, top + from * cell,
                                                            cell, (r - from + 1) * cell));
          }
      if (end)
        break;
      column = c;
      filled_in[CLAMP ((int)floorf ((g_array_index (self->ys, float, i) - top) / cell), 0, rows - 1)] = column;
    }
}

/* The moving average, one vertex per attempt or, when the points are dense, per cell of the
 * points' grid (3 px: the mean of the averages there). A vertex per pixel column of 5,000
 * attempts was a zig-zag that took the cairo renderer 8 ms to stroke; a third of them, with
 * bevelled joins, looks the same at that density. */
static void
snapshot_average (VmcProgressChart *self,
                  GtkSnapshot      *snapshot,
                  const GdkRGBA    *color)
{
  gboolean dense = self->radius <= SQUARE_RADIUS;
  float cell = dense ? 2 * self->radius : 1.0f;
  float left = self->plot.origin.x;
  graphene_rect_t bounds;
  cairo_t *cr;
  int column = G_MININT;
  double sum = 0, last_x = 0;
  guint count = 0;
  gboolean started = FALSE;

  if (self->attempts->len < 2)
    return;
  graphene_rect_inset_r (&self->plot, -2, -2, &bounds);
  cr = gtk_snapshot_append_cairo (snapshot, &bounds);
  gdk_cairo_set_source_rgba (cr, color);
  cairo_set_line_width (cr, 2.0);
  cairo_set_line_join (cr, dense ? CAIRO_LINE_JOIN_BEVEL : CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  for (guint i = 0; i <= self->xs->len; i++)
    {
      gboolean end = i == self->xs->len;
      float x = end ? 0 : g_array_index (self->xs, float, i);
      int c = end ? G_MAXINT : (int)floorf ((x - left) / cell);

      if (count > 0 && c != column)
        {
          double vx = count == 1 ? last_x : left + (column + 0.5) * cell;
          double vy = y_of_score (self, sum / count);

          if (started)
            cairo_line_to (cr, vx, vy);
          else
            cairo_move_to (cr, vx, vy);
          started = TRUE;
          sum = 0;
          count = 0;
        }
      if (end)
        break;
      column = c;
      last_x = x;
      sum += g_array_index (self->average, float, i);
      count++;
    }
  cairo_stroke (cr);
  cairo_destroy (cr);
}

/* Above the plot: what the marks are, and on the right the highlighted attempt */
static void
snapshot_legend (VmcProgressChart *self,
                 GtkSnapshot      *snapshot,
                 const GdkRGBA    *fg,
                 const GdkRGBA    *point,
                 const GdkRGBA    *line)
{
  GtkWidget *widget = GTK_WIDGET (self);
  g_autoptr(PangoLayout) score = small_layout (widget, _("Score"));
  g_autofree char *average_text =
    g_strdup_printf (ngettext ("Average of the last %d attempt", "Average of the last %d attempts",
                               VMC_PROGRESS_CHART_AVERAGE_OF), VMC_PROGRESS_CHART_AVERAGE_OF);
  g_autoptr(PangoLayout) average = small_layout (widget, average_text);
  int width = gtk_widget_get_width (widget);
  float x = self->plot.origin.x, y = PAD;
  int lw, lh;

  pango_layout_get_pixel_size (score, &lw, &lh);
  append_disc (snapshot, point, x + MAX_RADIUS, y + lh / 2.0f, MAX_RADIUS, MAX_RADIUS);
  x += 2 * MAX_RADIUS + 4;
  vmc_snapshot_layout_at (snapshot, score, x, y, fg);
  x += lw + 16;
  gtk_snapshot_append_color (snapshot, line, &GRAPHENE_RECT_INIT (x, y + lh / 2.0f - 1, 14, 2));
  x += 18;
  /* a narrow chart shortens the legend rather than draw past its edge */
  pango_layout_set_ellipsize (average, PANGO_ELLIPSIZE_END);
  pango_layout_set_width (average, MAX (1, width - PAD - (int)x) * PANGO_SCALE);
  vmc_snapshot_layout_at (snapshot, average, x, y, fg);
  pango_layout_get_pixel_size (average, &lw, NULL);
  x += lw + 16;

  if (self->highlighted >= 0 && width - PAD - x > 40)
    {
      g_autofree char *text = point_text (self, self->highlighted);
      g_autoptr(PangoLayout) layout = small_layout (widget, text);

      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_START);
      pango_layout_set_width (layout, (int)(width - PAD - x) * PANGO_SCALE);
      pango_layout_get_pixel_size (layout, &lw, NULL);
      vmc_snapshot_layout_at (snapshot, layout, width - PAD - lw, y, fg);
    }
}

static void
vmc_progress_chart_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  VmcProgressChart *self = VMC_PROGRESS_CHART (widget);
  GtkStyleContext *style;
  GdkRGBA fg, dim, grid, accent, point, line;

  if (self->attempts->len == 0)
    return;
  ensure_layout (self);
  if (self->plot.size.width < 2 * INSET || self->plot.size.height < 2 * INSET)
    return;

  /* GTK 4.8 has no gtk_widget_get_color(); the accent is libadwaita's named colour */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  style = gtk_widget_get_style_context (widget);
  gtk_style_context_get_color (style, &fg);
  if (!gtk_style_context_lookup_color (style, "accent_color", &accent))
    accent = fg;
  G_GNUC_END_IGNORE_DEPRECATIONS
  dim = fg;
  dim.alpha *= 0.6f;
  grid = fg;
  grid.alpha *= 0.15f;
  point = accent;
  point.alpha *= 0.7f;
  line = fg;
  line.alpha *= 0.8f;

  snapshot_grid (self, snapshot, &grid, &dim);
  snapshot_dates (self, snapshot, &grid, &dim);
  if (self->radius > SQUARE_RADIUS)
    snapshot_points (self, snapshot, &point);
  else
    snapshot_points_dense (self, snapshot, &point);
  snapshot_average (self, snapshot, &line);
  if (self->highlighted >= 0)
    {
      float x = g_array_index (self->xs, float, self->highlighted);
      float y = g_array_index (self->ys, float, self->highlighted);

      append_disc (snapshot, &accent, x, y, MAX_RADIUS, MAX_RADIUS);
      append_disc (snapshot, &fg, x, y, MAX_RADIUS + RING_GAP, 2);
    }
  snapshot_legend (self, snapshot, &fg, &point, &line);
}

static void
vmc_progress_chart_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 640;
    }
  else
    {
      *minimum = 160;
      *natural = 260;
    }
}

static void
vmc_progress_chart_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  VMC_PROGRESS_CHART (widget)->layout_valid = FALSE;
}

/* ---- the highlighted attempt ---- */

static void
update_accessible (VmcProgressChart *self)
{
  guint n = self->attempts->len;
  g_autofree char *label =
    g_strdup_printf (ngettext ("Scores of %u attempt over time", "Scores of %u attempts over time", n), n);
  g_autofree char *description = NULL;

  if (self->highlighted >= 0)
    {
      VmcAttempt *attempt = g_ptr_array_index (self->attempts, self->highlighted);
      g_autofree char *when = full_date (attempt);

      /* TRANSLATORS: the highlighted point of the chart, read aloud: "Attempt 12 of 40,
       * 12 Mar 2024, 14:05: score 82; average of the last 5: 78" */
      description = g_strdup_printf (_("Attempt %d of %u, %s: score %d; average of the last %d: %.0f"),
                                     self->highlighted + 1, n, when, vmc_attempt_get_score (attempt),
                                     MIN (self->highlighted + 1, VMC_PROGRESS_CHART_AVERAGE_OF),
                                     g_array_index (self->average, float, self->highlighted));
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description ? description : "",
                                  -1);
}

static void
set_highlighted_index (VmcProgressChart *self,
                       int               index)
{
  if (self->highlighted == index)
    return;
  self->highlighted = index;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGHLIGHTED]);
}

static int
index_of (VmcProgressChart *self,
          gint64            id)
{
  for (guint i = 0; i < self->attempts->len; i++)
    if (vmc_attempt_get_id (g_ptr_array_index (self->attempts, i)) == id)
      return (int)i;
  return -1;
}

/* Returns: the id of the highlighted attempt, 0 when none is (no attempts) */
gint64
vmc_progress_chart_get_highlighted (VmcProgressChart *self)
{
  g_return_val_if_fail (VMC_IS_PROGRESS_CHART (self), 0);

  if (self->highlighted < 0)
    return 0;
  return vmc_attempt_get_id (g_ptr_array_index (self->attempts, self->highlighted));
}

/**
 * vmc_progress_chart_set_highlighted:
 * @id: an attempt shown (another id leaves the highlight where it is)
 *
 * Highlights the attempt @id, as Left and Right do (the list's selection, shown on the chart).
 */
void
vmc_progress_chart_set_highlighted (VmcProgressChart *self,
                                    gint64            id)
{
  int i;

  g_return_if_fail (VMC_IS_PROGRESS_CHART (self));

  if ((i = index_of (self, id)) >= 0)
    set_highlighted_index (self, i);
}

static void
activate_index (VmcProgressChart *self,
                int               index)
{
  if (index < 0)
    return;
  set_highlighted_index (self, index);
  g_signal_emit (self, signals[SIGNAL_ATTEMPT_ACTIVATED], 0,
                 vmc_attempt_get_id (g_ptr_array_index (self->attempts, index)));
}

static gboolean
vmc_progress_chart_move_cb (GtkWidget *widget,
                            GVariant  *args,
                            gpointer   user_data)
{
  VmcProgressChart *self = VMC_PROGRESS_CHART (widget);
  gint64 n = self->attempts->len;
  gint64 to;

  if (n == 0)
    return FALSE;
  to = self->highlighted < 0 ? n - 1 : self->highlighted + (gint64)g_variant_get_int32 (args);
  set_highlighted_index (self, (int)CLAMP (to, 0, n - 1));
  return TRUE;
}

static gboolean
vmc_progress_chart_activate_cb (GtkWidget *widget,
                                GVariant  *args,
                                gpointer   user_data)
{
  VmcProgressChart *self = VMC_PROGRESS_CHART (widget);

  if (self->highlighted < 0)
    return FALSE;
  activate_index (self, self->highlighted);
  return TRUE;
}

static void
vmc_progress_chart_on_pressed_cb (GtkGestureClick  *gesture,
                                  int               n_press,
                                  double            x,
                                  double            y,
                                  VmcProgressChart *self)
{
  int i = point_at (self, x, y);

  if (self->attempts->len > 0)
    gtk_widget_grab_focus (GTK_WIDGET (self));
  if (n_press != 1 || i < 0)
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  activate_index (self, i);
}

static gboolean
vmc_progress_chart_query_tooltip (GtkWidget  *widget,
                                  int         x,
                                  int         y,
                                  gboolean    keyboard_tooltip,
                                  GtkTooltip *tooltip)
{
  VmcProgressChart *self = VMC_PROGRESS_CHART (widget);
  int i = keyboard_tooltip ? self->highlighted : point_at (self, x, y);
  g_autofree char *text = NULL;

  if (i < 0)
    return FALSE;
  text = point_text (self, i);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/**
 * vmc_progress_chart_get_point:
 * @id: an attempt shown
 * @point: (out): where its point is drawn, in the chart's coordinates
 *
 * Returns: whether the attempt is shown
 */
gboolean
vmc_progress_chart_get_point (VmcProgressChart *self,
                              gint64            id,
                              graphene_point_t *point)
{
  int i;

  g_return_val_if_fail (VMC_IS_PROGRESS_CHART (self), FALSE);
  g_return_val_if_fail (point != NULL, FALSE);

  if ((i = index_of (self, id)) < 0)
    return FALSE;
  ensure_layout (self);
  graphene_point_init (point, g_array_index (self->xs, float, i), g_array_index (self->ys, float, i));
  return TRUE;
}

/* ---- the attempts ---- */

static int
compare_created (gconstpointer a,
                 gconstpointer b)
{
  VmcAttempt *x = *(VmcAttempt **)a, *y = *(VmcAttempt **)b;
  GDateTime *tx = vmc_attempt_get_created (x), *ty = vmc_attempt_get_created (y);
  int by_time = tx && ty ? g_date_time_compare (tx, ty) : (tx != NULL) - (ty != NULL);
  gint64 ix = vmc_attempt_get_id (x), iy = vmc_attempt_get_id (y);

  return by_time ? by_time : (ix > iy) - (ix < iy);
}

/**
 * vmc_progress_chart_set_attempts:
 * @attempts: (nullable) (element-type VmcAttempt): the attempts to show, in any order
 *   (the array is not kept; placeholders not yet loaded are left out)
 *
 * Shows @attempts oldest first. The highlighted attempt stays highlighted if it is among
 * them; otherwise the newest is.
 */
void
vmc_progress_chart_set_attempts (VmcProgressChart *self,
                                 GPtrArray        *attempts)
{
  gint64 highlighted;
  double sum = 0;

  g_return_if_fail (VMC_IS_PROGRESS_CHART (self));

  highlighted = vmc_progress_chart_get_highlighted (self);
  g_ptr_array_set_size (self->attempts, 0);
  for (guint i = 0; attempts && i < attempts->len; i++)
    {
      VmcAttempt *attempt = g_ptr_array_index (attempts, i);

      g_return_if_fail (VMC_IS_ATTEMPT (attempt));
      if (vmc_attempt_is_loaded (attempt))
        g_ptr_array_add (self->attempts, g_object_ref (attempt));
    }
  g_ptr_array_sort (self->attempts, compare_created);

  /* the mean of each attempt and the ones just before it */
  g_array_set_size (self->average, self->attempts->len);
  for (guint i = 0; i < self->attempts->len; i++)
    {
      sum += vmc_attempt_get_score (g_ptr_array_index (self->attempts, i));
      if (i >= VMC_PROGRESS_CHART_AVERAGE_OF)
        sum -= vmc_attempt_get_score (g_ptr_array_index (self->attempts, i - VMC_PROGRESS_CHART_AVERAGE_OF));
      g_array_index (self->average, float, i) = (float)(sum / MIN (i + 1, VMC_PROGRESS_CHART_AVERAGE_OF));
    }

  self->layout_valid = FALSE;
  /* nothing to move through: no stop for Tab */
  gtk_widget_set_focusable (GTK_WIDGET (self), self->attempts->len > 0);
  self->highlighted = index_of (self, highlighted);
  if (self->highlighted < 0)
    self->highlighted = (int)self->attempts->len - 1;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ATTEMPTS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGHLIGHTED]);
}

guint
vmc_progress_chart_get_n_attempts (VmcProgressChart *self)
{
  g_return_val_if_fail (VMC_IS_PROGRESS_CHART (self), 0);

  return self->attempts->len;
}

/* ---- GObject ---- */

static void
vmc_progress_chart_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  VmcProgressChart *self = VMC_PROGRESS_CHART (object);

  switch (prop_id)
    {
    case PROP_HIGHLIGHTED:
      g_value_set_int64 (value, vmc_progress_chart_get_highlighted (self));
      break;
    case PROP_N_ATTEMPTS:
      g_value_set_uint (value, self->attempts->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vmc_progress_chart_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  VmcProgressChart *self = VMC_PROGRESS_CHART (object);

  switch (prop_id)
    {
    case PROP_HIGHLIGHTED:
      vmc_progress_chart_set_highlighted (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vmc_progress_chart_finalize (GObject *object)
{
  VmcProgressChart *self = VMC_PROGRESS_CHART (object);

  g_clear_pointer (&self->attempts, g_ptr_array_unref);
  g_clear_pointer (&self->average, g_array_unref);
  g_clear_pointer (&self->xs, g_array_unref);
  g_clear_pointer (&self->ys, g_array_unref);
  G_OBJECT_CLASS (vmc_progress_chart_parent_class)->finalize (object);
}

static void
vmc_progress_chart_dispose (GObject *object)
{
  VmcProgressChart *self = VMC_PROGRESS_CHART (object);

  /* the attempts are the library's: let them go as soon as the chart goes */
  if (self->attempts)
    g_ptr_array_set_size (self->attempts, 0);
  G_OBJECT_CLASS (vmc_progress_chart_parent_class)->dispose (object);
}

static void
vmc_progress_chart_class_init (VmcProgressChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vmc_progress_chart_dispose;
  object_class->finalize = vmc_progress_chart_finalize;
  object_class->get_property = vmc_progress_chart_get_property;
  object_class->set_property = vmc_progress_chart_set_property;
  widget_class->snapshot = vmc_progress_chart_snapshot;
  widget_class->measure = vmc_progress_chart_measure;
  widget_class->size_allocate = vmc_progress_chart_size_allocate;
  widget_class->query_tooltip = vmc_progress_chart_query_tooltip;

  /* the id of the highlighted attempt, 0 for none */
  properties[PROP_HIGHLIGHTED] =
    g_param_spec_int64 ("highlighted", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ATTEMPTS] =
    g_param_spec_uint ("n-attempts", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VmcProgressChart::attempt-activated:
   * @id: the attempt clicked, or highlighted when Enter or Space was pressed
   */
  signals[SIGNAL_ATTEMPT_ACTIVATED] =
    g_signal_new ("attempt-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_Left, 0, vmc_progress_chart_move_cb, "i", -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Left, 0, vmc_progress_chart_move_cb, "i", -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Right, 0, vmc_progress_chart_move_cb, "i", 1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Right, 0, vmc_progress_chart_move_cb, "i", 1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Page_Up, 0, vmc_progress_chart_move_cb, "i", -10);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Page_Down, 0, vmc_progress_chart_move_cb, "i", 10);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Home, 0, vmc_progress_chart_move_cb, "i", G_MININT32);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_End, 0, vmc_progress_chart_move_cb, "i", G_MAXINT32);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Return, 0, vmc_progress_chart_activate_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Enter, 0, vmc_progress_chart_activate_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_ISO_Enter, 0, vmc_progress_chart_activate_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_space, 0, vmc_progress_chart_activate_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Space, 0, vmc_progress_chart_activate_cb, NULL);

  gtk_widget_class_set_css_name (widget_class, "progresschart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
vmc_progress_chart_init (VmcProgressChart *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  self->attempts = g_ptr_array_new_with_free_func (g_object_unref);
  self->average = g_array_new (FALSE, TRUE, sizeof (float));
  self->xs = g_array_new (FALSE, TRUE, sizeof (float));
  self->ys = g_array_new (FALSE, TRUE, sizeof (float));
  self->highlighted = -1;

  g_signal_connect (click, "pressed", G_CALLBACK (vmc_progress_chart_on_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  update_accessible (self);
}

GtkWidget *
vmc_progress_chart_new (void)
{
  return g_object_new (VMC_TYPE_PROGRESS_CHART, NULL);
}
