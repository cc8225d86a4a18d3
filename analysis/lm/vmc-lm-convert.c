/* vmc-lm-convert.c: turn an ARPA language model into sphinxbase's binary form (build tool)
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The binary form loads in a fraction of the time the text takes to parse, and the model
 * is loaded at every start of the app.
 */
#include <stdio.h>

#include <pocketsphinx.h>
#include <sphinxbase/err.h>
#include <sphinxbase/ngram_model.h>

int
main (int    argc,
      char **argv)
{
  cmd_ln_t *config;
  logmath_t *lmath;
  ngram_model_t *lm;
  int status = 0;

  if (argc != 3)
    {
      fprintf (stderr, "usage: vmc-lm-convert IN.arpa OUT.lm.bin\n");
      return 2;
    }
  err_set_logfp (NULL);
  config = cmd_ln_init (NULL, ps_args (), TRUE, NULL);
  lmath = logmath_init (1.0001, 0, 0);
  lm = ngram_model_read (config, argv[1], NGRAM_ARPA, lmath);
  if (lm == NULL)
    {
      fprintf (stderr, "vmc-lm-convert: cannot read %s\n", argv[1]);
      return 1;
    }
  if (ngram_model_write (lm, argv[2], NGRAM_BIN) < 0)
    {
      fprintf (stderr, "vmc-lm-convert: cannot write %s\n", argv[2]);
      status = 1;
    }
  ngram_model_free (lm);
  logmath_free (lmath);
  cmd_ln_free_r (config);
  return status;
}
