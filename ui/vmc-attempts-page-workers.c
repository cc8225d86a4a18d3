/* vmc-attempts-page-workers.c: the Attempts view's jobs on the library, in workers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A job (a JobFunc, vmc-attempts-page-private.h) runs in a worker (GTask) with the page's
 * library, and its result comes back to the page on the main thread; a result for a page
 * that is gone, or a job dropped (its cancellable cancelled), is not delivered.
 */
#define G_LOG_DOMAIN "vmc-attempts"

#include "config.h"

#include "vmc-attempts-page-private.h"

typedef struct
{
  JobFunc        run;
  gpointer       data;
  GDestroyNotify free_data;
  GDestroyNotify free_result;
  VmcLibrary    *library;
} Job;

static void
job_free (gpointer p)
{
  Job *job = p;

  if (job->free_data)
    job->free_data (job->data);
  g_object_unref (job->library);
  g_free (job);
}

static void
job_thread (GTask        *task,
            gpointer      source,
            gpointer      data,
            GCancellable *cancellable)
{
  Job *job = data;
  GError *error = NULL;
  gpointer result = job->run (job->library, job->data, cancellable, &error);

  if (error)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, result, job->free_result);
}

void
_vmc_attempts_page_run_job (VmcAttemptsPage     *self,
                            const char          *name,
                            JobFunc              run,
                            gpointer             data,
                            GDestroyNotify       free_data,
                            GDestroyNotify       free_result,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  done)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, done, NULL);
  Job *job = g_new0 (Job, 1);

  job->run = run;
  job->data = data;
  job->free_data = free_data;
  job->free_result = free_result;
  job->library = g_object_ref (self->library);
  g_task_set_name (task, name);
  g_task_set_task_data (task, job, job_free);
  /* a result for a page that is gone, or a job dropped, is not delivered */
  g_task_set_check_cancellable (task, TRUE);
  g_task_run_in_thread (task, job_thread);
}
