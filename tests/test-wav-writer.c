/* test-wav-writer.c: recordings written as they arrive, kept through full disks and kills
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "vmc-audio-reader.h"
#include "vmc-test-util.h"
#include "vmc-wav-writer.h"

#define RATE 16000

/* A recognizable signal: sample i of it */
static gint16
signal_at (guint64 i)
{
  return (gint16)((i * 37 + i / 160 * 1009) % 20000 - 10000);
}

static void
fill (gint16  *buf,
      guint64  from,
      gsize    n)
{
  for (gsize i = 0; i < n; i++)
    buf[i] = signal_at (from + i);
}

static void
assert_recording (const char *path,
                  guint64     frames)
{
  g_autoptr(GError) error = NULL;
  gsize n = 0;
  g_autofree gint16 *samples = vmc_audio_read_all (path, &n, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, frames);
  for (gsize i = 0; i < n; i++)
    if (samples[i] != signal_at (i))
      g_error ("%s: sample %zu is %d, not %d", path, i, samples[i], signal_at (i));
}

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("vmc-wav-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

/* Written in blocks, finished: the file has its final name and every sample */
static void
test_write_finish (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "a.wav", NULL);
  g_autofree char *part = g_strconcat (path, ".part", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcWavWriter) w = vmc_wav_writer_new (path, RATE, &error);
  gint16 buf[1600];

  g_assert_no_error (error);
  g_assert_true (g_file_test (part, G_FILE_TEST_EXISTS));
  for (guint64 at = 0; at < 3 * RATE; at += G_N_ELEMENTS (buf))
    {
      fill (buf, at, G_N_ELEMENTS (buf));
      g_assert_true (vmc_wav_writer_write (w, buf, G_N_ELEMENTS (buf), &error));
    }
  g_assert_cmpuint (vmc_wav_writer_get_frames (w), ==, 3 * RATE);
  g_assert_true (vmc_wav_writer_finish (w, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
  assert_recording (path, 3 * RATE);
  vmc_test_remove_dir (dir);
}

/* While written, the ".part" is already a valid recording of all it holds, and another
 * instance's recovery leaves it alone (it is locked) */
static void
test_valid_while_writing (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "b.wav", NULL);
  g_autofree char *part = g_strconcat (path, ".part", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcWavWriter) w = vmc_wav_writer_new (path, RATE, &error);
  g_autoptr(GPtrArray) unfinished = NULL;
  gint16 buf[8000];

  fill (buf, 0, G_N_ELEMENTS (buf));
  g_assert_true (vmc_wav_writer_write (w, buf, G_N_ELEMENTS (buf), &error));
  assert_recording (part, G_N_ELEMENTS (buf));
  unfinished = vmc_wav_find_unfinished (dir);
  g_assert_cmpuint (unfinished->len, ==, 0);
  g_clear_pointer (&w, vmc_wav_writer_free);     /* abandoned: the .part stays */
  g_clear_pointer (&unfinished, g_ptr_array_unref);
  unfinished = vmc_wav_find_unfinished (dir);
  g_assert_cmpuint (unfinished->len, ==, 1);
  g_assert_cmpstr (unfinished->pdata[0], ==, part);
  vmc_test_remove_dir (dir);
}

static void
write_le32 (const char *path,
            off_t       at,
            guint32     value)
{
  int fd = g_open (path, O_WRONLY, 0);
  guint8 b[4] = { value & 0xff, value >> 8 & 0xff, value >> 16 & 0xff, value >> 24 };

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (pwrite (fd, b, 4, at), ==, 4);
  close (fd);
}

/* A .part whose header lags its data (stale or zero sizes, a half sample at the end) is
 * made whole: every complete sample is back */
static void
test_recover_header (gconstpointer data)
{
  guint32 stale = GPOINTER_TO_UINT (data);
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "c.wav", NULL);
  g_autofree char *part = g_strconcat (path, ".part", NULL);
  g_autofree char *recovered = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcWavWriter) w = vmc_wav_writer_new (path, RATE, &error);
  gint16 buf[RATE];
  FILE *f;

  fill (buf, 0, RATE);
  g_assert_true (vmc_wav_writer_write (w, buf, RATE, &error));
  g_clear_pointer (&w, vmc_wav_writer_free);
  write_le32 (part, 40, stale);               /* the data chunk's size */
  write_le32 (part, 4, stale ? stale + 36 : 0);
  f = fopen (part, "ab");
  fputc (0x55, f);                            /* half a sample */
  fclose (f);

  recovered = vmc_wav_recover (part, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (recovered, ==, path);
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
  assert_recording (path, RATE);
  vmc_test_remove_dir (dir);
}

static void
test_recover_not_wav (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *part = g_build_filename (dir, "d.wav.part", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *recovered = NULL;

  g_assert_true (g_file_set_contents (part, "not a recording at all, just text", -1, NULL));
  recovered = vmc_wav_recover (part, &error);
  g_assert_null (recovered);
  g_assert_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "d.wav.part"));
  g_assert_true (g_file_test (part, G_FILE_TEST_EXISTS));   /* left as it was */
  vmc_test_remove_dir (dir);
}

/* The disk fills up (a file size limit, as a full disk does, fails the write): the error says
 * so, and the recording holds every sample written before */
static void
test_disk_full (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "e.wav", NULL);

  if (g_test_subprocess ())
    {
      struct rlimit limit = { 64 * 1024, 64 * 1024 };
      g_autoptr(GError) error = NULL;
      g_autoptr(VmcWavWriter) w = NULL;
      gint16 buf[1600];
      guint64 at = 0;

      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
      w = vmc_wav_writer_new (path, RATE, &error);
      g_assert_no_error (error);
      for (; at < 10 * RATE; at += G_N_ELEMENTS (buf))
        {
          fill (buf, at, G_N_ELEMENTS (buf));
          if (!vmc_wav_writer_write (w, buf, G_N_ELEMENTS (buf), &error))
            break;
        }
      g_assert_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_DISK_FULL);
      g_assert_nonnull (strstr (error->message, "disk is full"));
      g_assert_nonnull (strstr (error->message, "kept"));
      g_test_message ("%s", error->message);
      g_assert_true (vmc_wav_writer_finish (w, NULL));
      /* all that fit in 64 KB, in the file under its final name */
      assert_recording (path, (64 * 1024 - 44) / 2);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  vmc_test_remove_dir (dir);
}

/* A recorder killed (SIGKILL) while writing loses nothing it had written: the recovery makes
 * the .part a recording of it all */
static void
test_killed (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "f.wav", NULL);
  g_autofree char *recovered = NULL;
  g_autoptr(GPtrArray) unfinished = NULL;
  g_autoptr(GError) error = NULL;
  guint64 written = 0, reported;
  int fds[2];
  pid_t pid;
  int status;

  g_assert_cmpint (pipe (fds), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      g_autoptr(VmcWavWriter) w = vmc_wav_writer_new (path, RATE, NULL);
      gint16 buf[320];   /* 20 ms */

      close (fds[0]);
      for (guint64 at = 0;; at += G_N_ELEMENTS (buf))
        {
          fill (buf, at, G_N_ELEMENTS (buf));
          if (!w || !vmc_wav_writer_write (w, buf, G_N_ELEMENTS (buf), NULL))
            _exit (1);
          reported = at + G_N_ELEMENTS (buf);
          if (write (fds[1], &reported, sizeof reported) != sizeof reported)
            _exit (1);
          g_usleep (2000);
        }
    }
  close (fds[1]);
  while (written < 2 * RATE && read (fds[0], &reported, sizeof reported) == sizeof reported)
    written = reported;
  kill (pid, SIGKILL);
  waitpid (pid, &status, 0);
  /* what it wrote after the last report we read */
  while (read (fds[0], &reported, sizeof reported) == sizeof reported)
    written = reported;
  close (fds[0]);
  g_assert_true (WIFSIGNALED (status));

  unfinished = vmc_wav_find_unfinished (dir);
  g_assert_cmpuint (unfinished->len, ==, 1);
  recovered = vmc_wav_recover (unfinished->pdata[0], &error);
  g_assert_no_error (error);
  g_assert_cmpstr (recovered, ==, path);
  assert_recording (path, written);
  vmc_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/wav-writer/write-finish", test_write_finish);
  g_test_add_func ("/wav-writer/valid-while-writing", test_valid_while_writing);
  g_test_add_data_func ("/wav-writer/recover/stale-header", GUINT_TO_POINTER (3200), test_recover_header);
  g_test_add_data_func ("/wav-writer/recover/zero-header", GUINT_TO_POINTER (0), test_recover_header);
  g_test_add_func ("/wav-writer/recover/not-wav", test_recover_not_wav);
  g_test_add_func ("/wav-writer/disk-full", test_disk_full);
  g_test_add_func ("/wav-writer/killed", test_killed);
  return g_test_run ();
}
