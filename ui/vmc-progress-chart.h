/* vmc-progress-chart.h: the score of every attempt, in the order they were made
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "vmc-attempt.h"

G_BEGIN_DECLS

/* The moving average is of this many attempts (the legend says so) */
#define VMC_PROGRESS_CHART_AVERAGE_OF 5

#define VMC_TYPE_PROGRESS_CHART (vmc_progress_chart_get_type ())
G_DECLARE_FINAL_TYPE (VmcProgressChart, vmc_progress_chart, VMC, PROGRESS_CHART, GtkWidget)

GtkWidget *vmc_progress_chart_new             (void);
void       vmc_progress_chart_set_attempts    (VmcProgressChart *self,
                                               GPtrArray        *attempts);
guint      vmc_progress_chart_get_n_attempts  (VmcProgressChart *self);
gint64     vmc_progress_chart_get_highlighted (VmcProgressChart *self);
void       vmc_progress_chart_set_highlighted (VmcProgressChart *self,
                                               gint64            id);
gboolean   vmc_progress_chart_get_point       (VmcProgressChart *self,
                                               gint64            id,
                                               graphene_point_t *point);

G_END_DECLS
