// SPDX-License-Identifier: Apache-2.0
// The struct-sequence attributes of sys (float_info, long_info, version_info,
// flags), with 2.7.18's values and reprs on x86-64 Linux. core/main.cc builds
// the rest of sys and calls sys_add_info.
//
// sys.flags reads the environment variables 2.7 reads at start-up, with
// 2.7's add_flag rule (a number counts as that level, anything else as 1):
// the compat tests run with PYTHONDONTWRITEBYTECODE=1, for instance.
#include <cfloat>
#include <cstdlib>

#include "support.h"

namespace pytrans::rt {

void sys_add_info(Module* sys);  // called by sys_init (core/main.cc)

namespace {

Type FloatInfoType, LongInfoType, VersionInfoType, FlagsType;

void register_sys_info() {
  stdlib::structseq_register(&FloatInfoType, "sys.float_info",
                             {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig",
                              "epsilon", "radix", "rounds"});
  stdlib::structseq_register(&LongInfoType, "sys.long_info", {"bits_per_digit", "sizeof_digit"});
  stdlib::structseq_register(&VersionInfoType, "sys.version_info",
                             {"major", "minor", "micro", "releaselevel", "serial"});
  stdlib::structseq_register(&FlagsType, "sys.flags",
                             {"debug", "py3k_warning", "division_warning", "division_new", "inspect", "interactive",
                              "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment",
                              "tabcheck", "verbose", "unicode", "bytes_warning", "hash_randomization"});
}
TypeRegistrar reg(register_sys_info);

Value filled(Type* t, std::initializer_list<Value> items) {
  Tuple* r = stdlib::structseq_new(t);
  int64_t i = 0;
  for (Value v : items) r->items[i++] = v;
  return Value(r);
}

// 2.7's add_flag applied to an environment variable: unset or empty is 0.
int env_flag(const char* name) {
  const char* p = std::getenv(name);
  if (!p || !*p) return 0;
  int n = std::atoi(p);
  return n < 1 ? 1 : n;
}

}  // namespace

void sys_add_info(Module* sys) {
  for (Type* t : {&FloatInfoType, &LongInfoType, &VersionInfoType, &FlagsType}) stdlib::structseq_install(t);
  stdlib::mod_set(sys, "float_info",
                  filled(&FloatInfoType, {make_float(DBL_MAX), small_int(DBL_MAX_EXP), small_int(DBL_MAX_10_EXP),
                                          make_float(DBL_MIN), small_int(DBL_MIN_EXP), small_int(DBL_MIN_10_EXP),
                                          small_int(DBL_DIG), small_int(DBL_MANT_DIG), make_float(DBL_EPSILON),
                                          small_int(FLT_RADIX), small_int(1)}));
  stdlib::mod_set(sys, "long_info", filled(&LongInfoType, {small_int(30), small_int(4)}));
  stdlib::mod_set(sys, "version_info",
                  filled(&VersionInfoType, {small_int(2), small_int(7), small_int(18), stdlib::str_val("final"),
                                            small_int(0)}));
  int dont_write = env_flag("PYTHONDONTWRITEBYTECODE");
  Value zero = small_int(0);
  stdlib::mod_set(sys, "flags",
                  filled(&FlagsType, {small_int(env_flag("PYTHONDEBUG")), zero, zero, zero,
                                      small_int(env_flag("PYTHONINSPECT")), zero, small_int(env_flag("PYTHONOPTIMIZE")),
                                      small_int(dont_write), small_int(env_flag("PYTHONNOUSERSITE")), zero, zero, zero,
                                      small_int(env_flag("PYTHONVERBOSE")), zero, zero,
                                      small_int(env_flag("PYTHONHASHSEED"))}));
  stdlib::mod_set(sys, "dont_write_bytecode", from_bool(dont_write != 0));
}

}  // namespace pytrans::rt
