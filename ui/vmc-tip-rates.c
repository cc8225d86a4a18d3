/* vmc-tip-rates.c: how often each tip passed in the latest attempts
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Ten rows, one a tip: its title, a bar as full as the share of the last ten attempts that
 * passed it, and "7 of 10". An attempt where the tip could not be judged (no plan to hold it
 * against, too little voice) counts for neither side: "3 of 8" then. The rows are widgets (a
 * level bar and labels), not a drawing, so that a screen reader reads each tip with its rate.
 */
#define G_LOG_DOMAIN "vmc-tip-rates"

#include "config.h"

#include <glib/gi18n.h>

#include "vmc-tip-rates.h"

struct _VmcTipRates
{
  GtkWidget parent_instance;

  GtkWidget *box;
  GtkLabel *heading;
  GtkWidget *grid;
  GtkLevelBar *bars[VMC_N_TIPS];
  GtkLabel *counts[VMC_N_TIPS];
  GtkWidget *titles[VMC_N_TIPS];

  guint n_recent;
  guint passed[VMC_N_TIPS];
  guint judged[VMC_N_TIPS];
};

G_DEFINE_FINAL_TYPE (VmcTipRates, vmc_tip_rates, GTK_TYPE_WIDGET)

/* newest first; the same order as the chart's, reversed */
static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  VmcAttempt *x = *(VmcAttempt **)a, *y = *(VmcAttempt **)b;
  GDateTime *tx = vmc_attempt_get_created (x), *ty = vmc_attempt_get_created (y);
  int by_time = tx && ty ? g_date_time_compare (tx, ty) : (tx != NULL) - (ty != NULL);
  gint64 ix = vmc_attempt_get_id (x), iy = vmc_attempt_get_id (y);

  return -(by_time ? by_time : (ix > iy) - (ix < iy));
}

static void
update_row (VmcTipRates *self,
            VmcTipId     tip)
{
  guint passed = self->passed[tip], judged = self->judged[tip];
  g_autofree char *count = NULL;
  g_autofree char *described = NULL;

  if (judged == 0)
    {
      count = g_strdup (_("Not judged"));
      described = g_strdup (_("Not judged in these attempts"));
    }
  else
    {
      /* TRANSLATORS: a tip passed in 7 of the last 10 attempts where it was judged */
      count = g_strdup_printf (ngettext ("%u of %u", "%u of %u", judged), passed, judged);
      described = g_strdup_printf (ngettext ("Passed in %u of the last %u attempt where it was judged",
                                             "Passed in %u of the last %u attempts where it was judged",
                                             judged), passed, judged);
    }
  gtk_label_set_text (self->counts[tip], count);
  gtk_level_bar_set_value (self->bars[tip], judged ? (double)passed / judged : 0.0);
  gtk_widget_set_tooltip_text (self->titles[tip], described);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->bars[tip]), described);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->bars[tip]),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, described, -1);
}

/**
 * vmc_tip_rates_set_attempts:
 * @attempts: (nullable) (element-type VmcAttempt): the attempts, in any order (not kept;
 *   placeholders not yet loaded are left out)
 *
 * Shows how often each tip passed in the newest ten of @attempts; nothing when there are none.
 */
void
vmc_tip_rates_set_attempts (VmcTipRates *self,
                            GPtrArray   *attempts)
{
  g_autoptr(GPtrArray) newest = g_ptr_array_new ();
  g_autofree char *heading = NULL;

  g_return_if_fail (VMC_IS_TIP_RATES (self));

  for (guint i = 0; attempts && i < attempts->len; i++)
    {
      VmcAttempt *attempt = g_ptr_array_index (attempts, i);

      g_return_if_fail (VMC_IS_ATTEMPT (attempt));
      if (vmc_attempt_is_loaded (attempt))
        g_ptr_array_add (newest, attempt);
    }
  g_ptr_array_sort (newest, compare_newest_first);
  self->n_recent = MIN (newest->len, VMC_TIP_RATES_RECENT);
  for (VmcTipId tip = 0; tip < VMC_N_TIPS; tip++)
    {
      self->passed[tip] = self->judged[tip] = 0;
      for (guint i = 0; i < self->n_recent; i++)
        {
          VmcVerdict v = vmc_attempt_get_verdict (g_ptr_array_index (newest, i), tip);

          self->judged[tip] += v != VMC_VERDICT_SKIP;
          self->passed[tip] += v == VMC_VERDICT_PASS;
        }
      update_row (self, tip);
    }
  heading = g_strdup_printf (ngettext ("Tips passed in the last attempt", "Tips passed in the last %u attempts",
                                       self->n_recent), self->n_recent);
  gtk_label_set_text (self->heading, heading);
  gtk_widget_set_visible (self->box, self->n_recent > 0);
}

static void
vmc_tip_rates_dispose (GObject *object)
{
  VmcTipRates *self = VMC_TIP_RATES (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  G_OBJECT_CLASS (vmc_tip_rates_parent_class)->dispose (object);
}

static void
vmc_tip_rates_class_init (VmcTipRatesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vmc_tip_rates_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "tiprates");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
vmc_tip_rates_init (VmcTipRates *self)
{
  GtkGrid *grid;

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  self->heading = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->heading, 0);
  gtk_label_set_wrap (self->heading, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->heading), "heading");
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->heading));

  self->grid = gtk_grid_new ();
  grid = GTK_GRID (self->grid);
  gtk_grid_set_column_spacing (grid, 12);
  gtk_grid_set_row_spacing (grid, 8);
  gtk_box_append (GTK_BOX (self->box), self->grid);
  for (VmcTipId tip = 0; tip < VMC_N_TIPS; tip++)
    {
      GtkWidget *title = gtk_label_new (vmc_tip_title (tip));
      GtkWidget *bar = gtk_level_bar_new_for_interval (0, 1);
      GtkWidget *count = gtk_label_new (NULL);

      /* a narrow window wraps the titles: each must be read in full */
      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_label_set_wrap (GTK_LABEL (title), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_width_chars (GTK_LABEL (title), 10);
      gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
      gtk_widget_set_hexpand (bar, TRUE);
      gtk_widget_set_size_request (bar, 80, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      vmc_tip_title (tip), -1);
      gtk_label_set_xalign (GTK_LABEL (count), 1);
      gtk_widget_add_css_class (count, "numeric");
      gtk_grid_attach (grid, title, 0, tip, 1, 1);
      gtk_grid_attach (grid, bar, 1, tip, 1, 1);
      gtk_grid_attach (grid, count, 2, tip, 1, 1);
      self->titles[tip] = title;
      self->bars[tip] = GTK_LEVEL_BAR (bar);
      self->counts[tip] = GTK_LABEL (count);
    }
  vmc_tip_rates_set_attempts (self, NULL);
}

GtkWidget *
vmc_tip_rates_new (void)
{
  return g_object_new (VMC_TYPE_TIP_RATES, NULL);
}
