/* haven-address.h: the village a home visit goes to, guessed from an address
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The village-level place of a home address, for the child file's village
 * field (which a teacher can correct), or "" when the address names none.
 * The pairing board filters on it and the suggestions pair children "in the
 * same village, so home visits are feasible", so it names the village unit
 * itself and never a smaller one.
 *
 * The address is read as the usual Chinese sequence of units, each a name
 * and its marker: [省/自治区] [市/州/盟/地区] [县/区/旗] [镇/乡/街道/苏木]
 * [村/社区/居委会/嘎查] [组/社/队] [road, number]. Any of them may be left
 * out; white space, punctuation and full-width forms are ignored.
 *
 * - The village is the unit named by 村, 社区, 居委会 or 嘎查:
 *   "西江镇羊排村三组" gives "羊排村". The group (村民小组) is dropped:
 *   a group is a part of its village, within walking distance, so children
 *   of different groups of one village are still "in the same village", and
 *   keeping it would split them. The group stays in the address.
 * - 村委会, 村委 and 村民委员会 name the village: "羊排村委会",
 *   "羊排村民委员会" and "羊排村村委会" all give "羊排村"; "建设社区居委会"
 *   gives "建设社区". (So does "新村村委会": "新村", not "新村村".)
 * - A 社区 whose name ends in 村 is the 社区: "林村社区" stays whole, and so
 *   does a village named with 村, "新村村".
 * - Only a group, no village ("红星镇五组", "某乡3组"): the town and the
 *   group, "红星镇五组", because a group number means something only within
 *   its town. A group is 组 or 村民小组, or 社 and 队 after a number
 *   ("五社", as Sichuan writes it). Its number is written in Chinese
 *   numerals, so "5组", "５组", "第五组" and "五组" are one place; numbers
 *   from 100 keep their digits. A named group ("平寨组") is kept as
 *   written. Without a town, a group alone gives "".
 * - A natural village written without 村 right after the town, ending in a
 *   place word such as 寨, 屯, 庄, 湾, 坝, 沟 or 坪 ("大塘乡小寨",
 *   "大塘乡小寨5号"): that name.
 * - A 村 inside a town's name is not a village: "梅村街道", "黄村镇" and
 *   "六村堡街道" are towns, so "锡山区梅村街道锡协路156号" gives "".
 * - A road named after a village ("康乐村大街36号", "周庄村东路12号") gives
 *   the village, "康乐村": such roads run through the village they are named
 *   after (often a 城中村), which is where a home visit goes.
 * - A street address with no village ("丹江镇永乐路8号") gives "", and so
 *   does a "village" name of more than 10 characters (running text).
 *
 * Pure and thread-safe. NULL, "" and text that is not UTF-8 give "".
 * Free the result with g_free (). */
char *haven_address_guess_village (const char *address) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
