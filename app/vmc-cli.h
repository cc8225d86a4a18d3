/* vmc-cli.h: the command-line commands (no display needed)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

enum {
  VMC_EXIT_OK = 0,
  VMC_EXIT_FAILED = 1,   /* a file could not be analysed */
  VMC_EXIT_USAGE = 2,    /* bad arguments */
};

int vmc_cli_transcribe (int    argc,
                        char **argv);
int vmc_cli_analyze    (int    argc,
                        char **argv);
int vmc_cli_devices    (int    argc,
                        char **argv);
int vmc_cli_record     (int    argc,
                        char **argv);
int vmc_cli_recover    (int    argc,
                        char **argv);
int vmc_cli_enroll     (int    argc,
                        char **argv);
int vmc_cli_voices     (int    argc,
                        char **argv);
int vmc_cli_play       (int    argc,
                        char **argv);
int vmc_cli_attempts   (int    argc,
                        char **argv);
int vmc_cli_show       (int    argc,
                        char **argv);
int vmc_cli_export     (int    argc,
                        char **argv);
int vmc_cli_import     (int    argc,
                        char **argv);
int vmc_cli_note       (int    argc,
                        char **argv);
int vmc_cli_delete     (int    argc,
                        char **argv);

G_END_DECLS
