/* vmc-progress-page.c: the Progress view: the scores over time and each tip's pass rate
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every attempt's score in the order they were made (VmcProgressChart) and each tip's pass
 * rate over the newest ten (VmcTipRates). The rows are read in a worker when the view is
 * first shown, and again when the library changes while it is shown (when it is hidden, at
 * its next showing). An empty library shows how to start; a click on a point opens that
 * attempt (::attempt-activated, for the window).
 */
#define G_LOG_DOMAIN "vmc-progress"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "vmc-progress-chart.h"
#include "vmc-progress-page.h"
#include "vmc-tip-rates.h"

struct _VmcProgressPage
{
  GtkWidget parent_instance;

  GtkStack         *stack;
  GtkLabel         *summary_label;
  VmcProgressChart *chart;
  VmcTipRates      *rates;

  VmcLibrary       *library;
  GCancellable     *cancellable;
  gboolean          stale;      /* the library changed since the rows were read */
};

G_DEFINE_FINAL_TYPE (VmcProgressPage, vmc_progress_page, GTK_TYPE_WIDGET)

enum {
  SIGNAL_ATTEMPT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
read_thread (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  VmcLibrary *library = data;
  GError *error = NULL;
  g_autoptr(GArray) ids = vmc_library_find (library, NULL, &error);
  GPtrArray *attempts = ids ? vmc_library_get_attempts (library, (const gint64 *)(void *)ids->data,
                                                        ids->len, &error) : NULL;

  if (attempts)
    g_task_return_pointer (task, attempts, (GDestroyNotify)g_ptr_array_unref);
  else
    g_task_return_error (task, error);
}

/* "14 attempts, the last 5 averaging 82" */
static char *
summary (GPtrArray *attempts)
{
  guint n = attempts->len, recent = MIN (n, VMC_PROGRESS_CHART_AVERAGE_OF);
  double sum = 0;

  /* newest first, as the library finds them */
  for (guint i = 0; i < recent; i++)
    sum += vmc_attempt_get_score (attempts->pdata[i]);
  if (n == 1)
    return g_strdup_printf (_("One attempt so far, scored %d."), vmc_attempt_get_score (attempts->pdata[0]));
  /* TRANSLATORS: the attempts kept, then how many of the newest, then their average score */
  return g_strdup_printf (ngettext ("%u attempt; the last %u average %.0f.", "%u attempts; the last %u average %.0f.", n),
                          n, recent, sum / recent);
}

static void
read_done (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  VmcProgressPage *self = VMC_PROGRESS_PAGE (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) attempts = g_task_propagate_pointer (G_TASK (result), &error);
  g_autofree char *text = NULL;

  if (attempts == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not read the attempts: %s", error->message);
      return;
    }
  vmc_progress_chart_set_attempts (self->chart, attempts);
  vmc_tip_rates_set_attempts (self->rates, attempts);
  if (attempts->len == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  text = summary (attempts);
  gtk_label_set_text (self->summary_label, text);
  gtk_stack_set_visible_child_name (self->stack, "chart");
}

static void
reload (VmcProgressPage *self)
{
  g_autoptr(GTask) task = NULL;

  if (self->library == NULL)
    return;
  self->stale = FALSE;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  task = g_task_new (self, self->cancellable, read_done, NULL);
  g_task_set_name (task, "[vmc] progress");
  g_task_set_check_cancellable (task, TRUE);
  g_task_set_task_data (task, g_object_ref (self->library), g_object_unref);
  g_task_run_in_thread (task, read_thread);
}

static void
on_library_changed (VmcLibrary      *library,
                    gint64           id,
                    VmcProgressPage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload (self);
  else
    self->stale = TRUE;
}

static void
on_attempt_activated (VmcProgressPage *self,
                      gint64           id)
{
  g_signal_emit (self, signals[SIGNAL_ATTEMPT_ACTIVATED], 0, id);
}

void
vmc_progress_page_set_library (VmcProgressPage *self,
                               VmcLibrary      *library)
{
  g_return_if_fail (VMC_IS_PROGRESS_PAGE (self));
  g_return_if_fail (self->library == NULL);

  if (library == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  self->library = g_object_ref (library);
  g_signal_connect_object (library, "changed", G_CALLBACK (on_library_changed), self, 0);
  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload (self);
}

static void
vmc_progress_page_map (GtkWidget *widget)
{
  VmcProgressPage *self = VMC_PROGRESS_PAGE (widget);

  GTK_WIDGET_CLASS (vmc_progress_page_parent_class)->map (widget);
  if (self->stale)
    reload (self);
}

static void
vmc_progress_page_dispose (GObject *object)
{
  VmcProgressPage *self = VMC_PROGRESS_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), VMC_TYPE_PROGRESS_PAGE);
  g_clear_object (&self->library);
  G_OBJECT_CLASS (vmc_progress_page_parent_class)->dispose (object);
}

static void
vmc_progress_page_class_init (VmcProgressPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vmc_progress_page_dispose;
  widget_class->map = vmc_progress_page_map;

  /**
   * VmcProgressPage::attempt-activated:
   * @id: the attempt a click on the chart chose
   */
  signals[SIGNAL_ATTEMPT_ACTIVATED] =
    g_signal_new ("attempt-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (VMC_TYPE_PROGRESS_CHART);
  g_type_ensure (VMC_TYPE_TIP_RATES);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vmcoach/VoicemailCoach/vmc-progress-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VmcProgressPage, stack);
  gtk_widget_class_bind_template_child (widget_class, VmcProgressPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, VmcProgressPage, chart);
  gtk_widget_class_bind_template_child (widget_class, VmcProgressPage, rates);
  gtk_widget_class_bind_template_callback (widget_class, on_attempt_activated);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
vmc_progress_page_init (VmcProgressPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
vmc_progress_page_new (void)
{
  return g_object_new (VMC_TYPE_PROGRESS_PAGE, NULL);
}
