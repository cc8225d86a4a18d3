/* vmc-waveform.c: the message as a waveform, live while recording, with a timeline of where
 * each element came and a playback cursor
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The audio is kept as one peak per 20 ms block: while recording, the recorder's peaks (the
 * last seconds scroll by, redrawn on the frame clock); afterwards, the min and max of each
 * block of the file. Each pixel column draws the min and max of its blocks. Under it, a band
 * shows the elements of the analysis in their colours, and a click anywhere asks to play
 * from that moment (::seek).
 */
#define G_LOG_DOMAIN "vmc-waveform"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "vmc-colors.h"
#include "vmc-snapshot.h"
#include "vmc-waveform.h"

#define LIVE_WINDOW_SECONDS 10.0
#define TIMELINE_BAR 10
#define TIMELINE_LABEL 14
#define TIMELINE_HEIGHT (TIMELINE_BAR + TIMELINE_LABEL)
#define TIMELINE_GAP 4

typedef struct
{
  VmcElementKind kind;
  double start, end;
} Span;

struct _VmcWaveform
{
  GtkWidget parent_instance;

  GArray *lo;          /* float, -1..0, one per block */
  GArray *hi;          /* float, 0..1 */
  GArray *spans;       /* Span */
  gboolean live;
  double cursor;       /* seconds, < 0 for none */
  guint tick_id;
};

G_DEFINE_FINAL_TYPE (VmcWaveform, vmc_waveform, GTK_TYPE_WIDGET)

enum {
  SIGNAL_SEEK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

double
vmc_waveform_get_duration (VmcWaveform *self)
{
  return self->hi->len * VMC_WAVEFORM_BLOCK_SECONDS;
}

/* The seconds shown: all of it, or while recording the last ten */
static void
visible_range (VmcWaveform *self,
               double      *from,
               double      *to)
{
  double duration = vmc_waveform_get_duration (self);

  if (self->live)
    {
      *to = MAX (duration, LIVE_WINDOW_SECONDS);
      *from = *to - LIVE_WINDOW_SECONDS;
    }
  else
    {
      *from = 0.0;
      *to = MAX (duration, 1.0);
    }
}

static void
append_rect (GtkSnapshot   *snapshot,
             const GdkRGBA *color,
             float          x,
             float          y,
             float          w,
             float          h)
{
  graphene_rect_t r = GRAPHENE_RECT_INIT (x, y, w, h);

  gtk_snapshot_append_color (snapshot, color, &r);
}

static void
vmc_waveform_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  VmcWaveform *self = VMC_WAVEFORM (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int wave_h = height - (self->live ? 0 : TIMELINE_HEIGHT + TIMELINE_GAP);
  float mid = wave_h / 2.0f;
  double from, to, per_px;
  GdkRGBA fg, axis, cursor = { 0.88f, 0.11f, 0.14f, 1.0f };

  if (width <= 0 || height <= 0)
    return;
  /* GTK 4.8 has no gtk_widget_get_color() yet */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS
  axis = fg;
  axis.alpha = 0.15f;
  fg.alpha = 0.75f;
  visible_range (self, &from, &to);
  per_px = (to - from) / width;

  append_rect (snapshot, &axis, 0, mid - 0.5f, width, 1);
  for (int x = 0; x < width; x++)
    {
      double t0 = from + x * per_px, t1 = t0 + per_px;
      gssize b0 = (gssize)floor (t0 / VMC_WAVEFORM_BLOCK_SECONDS);
      gssize b1 = (gssize)ceil (t1 / VMC_WAVEFORM_BLOCK_SECONDS);
      float lo = 0.0f, hi = 0.0f;

      for (gssize b = MAX (b0, 0); b < b1 && b < (gssize)self->hi->len; b++)
        {
          lo = MIN (lo, g_array_index (self->lo, float, b));
          hi = MAX (hi, g_array_index (self->hi, float, b));
        }
      if (hi > lo)
        {
          /* a little gain, as voices rarely reach full scale */
          float top = mid - MIN (1.0f, hi * 1.6f) * mid, bottom = mid - MAX (-1.0f, lo * 1.6f) * mid;

          append_rect (snapshot, &fg, x, top, 1, MAX (1.0f, bottom - top));
        }
    }

  /* the timeline: each element as a bar in its colour, the key ones with their time under
   * them ("number at 0:03, again at 0:24" at a glance) */
  if (!self->live)
    {
      float label_end = -1;

      for (guint i = 0; i < self->spans->len; i++)
        {
          const Span *s = &g_array_index (self->spans, Span, i);
          GdkRGBA color;
          float x0 = (float)((s->start - from) / per_px), x1 = (float)((s->end - from) / per_px);
          float y = height - TIMELINE_HEIGHT;

          gdk_rgba_parse (&color, vmc_element_color (s->kind));
          append_rect (snapshot, &color, x0, y, MAX (2.0f, x1 - x0), TIMELINE_BAR);
          if (s->kind <= VMC_ELEMENT_ASK && x0 > label_end)
            {
              g_autofree char *text = vmc_format_time (s->start);
              g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
              PangoAttrList *attrs = pango_attr_list_new ();
              int lw, lh;

              pango_attr_list_insert (attrs, pango_attr_scale_new (PANGO_SCALE_SMALL));
              pango_layout_set_attributes (layout, attrs);
              pango_attr_list_unref (attrs);
              pango_layout_get_pixel_size (layout, &lw, &lh);
              vmc_snapshot_layout_at (snapshot, layout, x0, y + TIMELINE_BAR + 1, &fg);
              label_end = x0 + lw + 4;
            }
        }
    }

  if (self->cursor >= 0 && self->cursor >= from && self->cursor <= to)
    append_rect (snapshot, &cursor, (float)((self->cursor - from) / per_px) - 1, 0, 2, height);
}

static void
vmc_waveform_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 120;
      *natural = 600;
    }
  else
    {
      *minimum = 60;
      *natural = 120;
    }
}

static gboolean
tick (GtkWidget     *widget,
      GdkFrameClock *clock,
      gpointer       data)
{
  gtk_widget_queue_draw (widget);
  return G_SOURCE_CONTINUE;
}

static void
on_click (GtkGestureClick *gesture,
          int              n_press,
          double           x,
          double           y,
          VmcWaveform     *self)
{
  double from, to;
  int width = gtk_widget_get_width (GTK_WIDGET (self));

  if (self->live || self->hi->len == 0 || width <= 0)
    return;
  visible_range (self, &from, &to);
  g_signal_emit (self, signals[SIGNAL_SEEK], 0, CLAMP (from + x / width * (to - from), 0.0,
                                                       vmc_waveform_get_duration (self)));
}

void
vmc_waveform_clear (VmcWaveform *self)
{
  g_return_if_fail (VMC_IS_WAVEFORM (self));

  g_array_set_size (self->lo, 0);
  g_array_set_size (self->hi, 0);
  g_array_set_size (self->spans, 0);
  self->cursor = -1;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* While recording: the newest seconds scroll in, redrawn with each frame */
void
vmc_waveform_set_live (VmcWaveform *self,
                       gboolean     live)
{
  g_return_if_fail (VMC_IS_WAVEFORM (self));

  self->live = live;
  if (live && self->tick_id == 0)
    self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), tick, NULL, NULL);
  else if (!live && self->tick_id)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick_id);
      self->tick_id = 0;
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The recorder's peaks, one per 20 ms block (drawn at the next frame) */
void
vmc_waveform_append_levels (VmcWaveform *self,
                            const float *peaks,
                            guint        n)
{
  g_return_if_fail (VMC_IS_WAVEFORM (self));

  for (guint i = 0; i < n; i++)
    {
      float lo = -peaks[i];

      g_array_append_val (self->lo, lo);
      g_array_append_val (self->hi, peaks[i]);
    }
}

/* The whole recording, for the result: its peaks, measured when it was read */
void
vmc_waveform_set_clip (VmcWaveform  *self,
                       VmcAudioClip *clip)
{
  const float *highs, *lows = NULL;
  gsize n = 0;

  g_return_if_fail (VMC_IS_WAVEFORM (self));

  g_array_set_size (self->lo, 0);
  g_array_set_size (self->hi, 0);
  if (clip)
    {
      highs = vmc_audio_clip_get_peaks (clip, &lows, &n);
      g_array_append_vals (self->lo, lows, (guint)n);
      g_array_append_vals (self->hi, highs, (guint)n);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The elements found, drawn as a timeline under the waveform */
void
vmc_waveform_set_analysis (VmcWaveform       *self,
                           const VmcAnalysis *analysis)
{
  g_return_if_fail (VMC_IS_WAVEFORM (self));

  g_array_set_size (self->spans, 0);
  for (guint i = 0; analysis && i < analysis->elements->len; i++)
    {
      const VmcElement *e = g_ptr_array_index (analysis->elements, i);
      Span s = { e->kind, e->start, e->end };

      if (vmc_element_info (e->kind)->rank < 0)
        continue;   /* not highlighted */
      g_array_append_val (self->spans, s);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Where playback is, seconds; negative to hide the cursor */
void
vmc_waveform_set_cursor (VmcWaveform *self,
                         double       seconds)
{
  g_return_if_fail (VMC_IS_WAVEFORM (self));

  if (self->cursor == seconds)
    return;
  self->cursor = seconds;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
vmc_waveform_finalize (GObject *object)
{
  VmcWaveform *self = VMC_WAVEFORM (object);

  g_array_unref (self->lo);
  g_array_unref (self->hi);
  g_array_unref (self->spans);
  G_OBJECT_CLASS (vmc_waveform_parent_class)->finalize (object);
}

static void
vmc_waveform_class_init (VmcWaveformClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = vmc_waveform_finalize;
  widget_class->snapshot = vmc_waveform_snapshot;
  widget_class->measure = vmc_waveform_measure;
  gtk_widget_class_set_css_name (widget_class, "waveform");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);

  /**
   * VmcWaveform::seek:
   * @seconds: where the user clicked
   */
  signals[SIGNAL_SEEK] =
    g_signal_new ("seek", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_DOUBLE);
}

static void
vmc_waveform_init (VmcWaveform *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  self->lo = g_array_new (FALSE, FALSE, sizeof (float));
  self->hi = g_array_new (FALSE, FALSE, sizeof (float));
  self->spans = g_array_new (FALSE, FALSE, sizeof (Span));
  /* the timeline's colours are the dark style's or the light one's */
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
  self->cursor = -1;
  g_signal_connect (click, "pressed", G_CALLBACK (on_click), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Waveform"), -1);
}

GtkWidget *
vmc_waveform_new (void)
{
  return g_object_new (VMC_TYPE_WAVEFORM, NULL);
}
