// SPDX-License-Identifier: Apache-2.0
// The time module of Python 2.7 on POSIX: time, clock, sleep (resumed after
// signals), gmtime/localtime/mktime with struct_time, strftime, asctime,
// ctime, strptime (libc's, with 2.7's defaults for missing fields) and the
// timezone constants.
#include <sys/time.h>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <ctime>
#include <string>

#include "support.h"

namespace pytrans::rt {
namespace {

Type StructTimeType;

double now() {
  struct timeval tv;
  gettimeofday(&tv, nullptr);
  return static_cast<double>(tv.tv_sec) + tv.tv_usec * 1e-6;
}

Value tm_to_struct(const struct tm& tm) {
  Tuple* r = stdlib::structseq_new(&StructTimeType);
  int64_t v[9] = {tm.tm_year + 1900LL, tm.tm_mon + 1LL, tm.tm_mday, tm.tm_hour, tm.tm_min,
                  tm.tm_sec,           (tm.tm_wday + 6) % 7, tm.tm_yday + 1LL, tm.tm_isdst};
  for (int i = 0; i < 9; ++i) r->items[i] = make_int(v[i]);
  return Value(r);
}

time_t secs_arg(const Value* args, size_t nargs) {
  if (nargs == 0 || is_none(args[0])) return static_cast<time_t>(now());
  double d = stdlib::to_double(args[0]);
  if (!std::isfinite(d) || d > 9.2e18 || d < -9.2e18) raise_value_error("timestamp out of range for platform time_t");
  return static_cast<time_t>(d);
}

// 2.7's gettmarg: a 9-sequence to struct tm (no range checks).
void tuple_to_tm(Value t, struct tm* out) {
  std::memset(out, 0, sizeof *out);
  if (!is_tuple(t)) raise_type_error("Tuple or struct_time argument required");
  Tuple* tup = t.as<Tuple>();
  if (tup->len != 9) raise_type_error("function takes exactly 9 arguments (%lld given)", (long long)tup->len);
  int64_t v[9];
  for (int i = 0; i < 9; ++i) {
    Value x = tup->items[i];
    if (is_float(x)) raise_type_error("integer argument expected, got float");
    v[i] = stdlib::to_i64(x);
  }
  out->tm_year = static_cast<int>(v[0] - 1900);
  out->tm_mon = static_cast<int>(v[1] - 1);
  out->tm_mday = static_cast<int>(v[2]);
  out->tm_hour = static_cast<int>(v[3]);
  out->tm_min = static_cast<int>(v[4]);
  out->tm_sec = static_cast<int>(v[5]);
  out->tm_wday = static_cast<int>((v[6] + 1) % 7);
  out->tm_yday = static_cast<int>(v[7] - 1);
  out->tm_isdst = static_cast<int>(v[8]);
}

// 2.7's checktm (strftime/asctime): ranges of each field.
void check_tm(struct tm* buf) {
  if (buf->tm_mon == -1) buf->tm_mon = 0;
  else if (buf->tm_mon < 0 || buf->tm_mon > 11) raise_value_error("month out of range");
  if (buf->tm_mday == 0) buf->tm_mday = 1;
  else if (buf->tm_mday < 0 || buf->tm_mday > 31) raise_value_error("day of month out of range");
  if (buf->tm_hour < 0 || buf->tm_hour > 23) raise_value_error("hour out of range");
  if (buf->tm_min < 0 || buf->tm_min > 59) raise_value_error("minute out of range");
  if (buf->tm_sec < 0 || buf->tm_sec > 61) raise_value_error("seconds out of range");
  if (buf->tm_wday < 0) raise_value_error("day of week out of range");
  if (buf->tm_yday == -1) buf->tm_yday = 0;
  else if (buf->tm_yday < 0 || buf->tm_yday > 365) raise_value_error("day of year out of range");
}

Value t_time(Value, const Value*, size_t nargs, Tuple*) {
  check_nargs("time", nargs, 0, 0);
  return make_float(now());
}

Value t_clock(Value, const Value*, size_t nargs, Tuple*) {
  check_nargs("clock", nargs, 0, 0);
  return make_float(static_cast<double>(std::clock()) / CLOCKS_PER_SEC);
}

Value t_sleep(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("sleep", nargs, 1, 1);
  double secs = stdlib::to_double(args[0]);
  if (secs < 0 || std::isnan(secs)) {
    Value a[] = {small_int(EINVAL), stdlib::str_val("Invalid argument")};
    raise(call_v(Value(&IOErrorType), a, 2));
  }
  struct timespec req, rem;
  req.tv_sec = static_cast<time_t>(secs);
  req.tv_nsec = static_cast<long>((secs - std::floor(secs)) * 1e9);
  while (nanosleep(&req, &rem) != 0 && errno == EINTR) req = rem;
  return None();
}

Value t_gmtime(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("gmtime", nargs, 0, 1);
  time_t t = secs_arg(args, nargs);
  struct tm tm;
  if (!gmtime_r(&t, &tm)) raise_value_error("timestamp out of range for platform time_t");
  return tm_to_struct(tm);
}

Value t_localtime(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("localtime", nargs, 0, 1);
  time_t t = secs_arg(args, nargs);
  struct tm tm;
  if (!localtime_r(&t, &tm)) raise_value_error("timestamp out of range for platform time_t");
  return tm_to_struct(tm);
}

Value t_mktime(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("mktime", nargs, 1, 1);
  struct tm tm;
  tuple_to_tm(args[0], &tm);
  tm.tm_wday = -1;
  time_t r = mktime(&tm);
  if (r == static_cast<time_t>(-1) && tm.tm_wday == -1) raise_overflow("mktime argument out of range");
  return make_float(static_cast<double>(r));
}

struct tm tm_arg(const Value* args, size_t nargs, size_t i) {
  struct tm tm;
  if (nargs > i) {
    tuple_to_tm(args[i], &tm);
  } else {
    time_t t = static_cast<time_t>(now());
    localtime_r(&t, &tm);
  }
  return tm;
}

Value t_strftime(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("strftime", nargs, 1, 2);
  if (!is_str(args[0])) raise_type_error("strftime() argument 1 must be string, not %s", type_name(args[0]));
  struct tm tm = tm_arg(args, nargs, 1);
  if (nargs > 1) check_tm(&tm);
  std::string fmt(args[0].as<Str>()->view());
  if (fmt.empty()) return stdlib::str_val("");
  for (size_t cap = 256;; cap *= 2) {
    std::string buf(cap, '\0');
    size_t n = std::strftime(buf.data(), cap, fmt.c_str(), &tm);
    if (n > 0 || cap >= 256 * fmt.size()) return stdlib::str_val(std::string_view(buf.data(), n));
  }
}

std::string asctime_of(const struct tm& tm) {
  static const char* const wday[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* const mon[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.3s %.3s%3d %.2d:%.2d:%.2d %d", wday[((tm.tm_wday % 7) + 7) % 7],
                mon[((tm.tm_mon % 12) + 12) % 12], tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, 1900 + tm.tm_year);
  return buf;
}

Value t_asctime(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("asctime", nargs, 0, 1);
  struct tm tm = tm_arg(args, nargs, 0);
  if (nargs > 0) check_tm(&tm);
  return stdlib::str_val(asctime_of(tm));
}

Value t_ctime(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("ctime", nargs, 0, 1);
  time_t t = secs_arg(args, nargs);
  struct tm tm;
  if (!localtime_r(&t, &tm)) raise_value_error("unconvertible time");
  return stdlib::str_val(asctime_of(tm));
}

Value t_strptime(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("strptime", nargs, 1, 2);
  if (!is_str(args[0])) raise_type_error("strptime() argument 0 must be str, not %s", type_name(args[0]));
  std::string s(args[0].as<Str>()->view());
  std::string fmt = nargs > 1 ? std::string(stdlib::to_str_view(args[1])) : "%a %b %d %H:%M:%S %Y";
  struct tm tm;
  std::memset(&tm, 0, sizeof tm);
  tm.tm_year = 0;  // 1900
  tm.tm_mday = 1;
  const char* end = strptime(s.c_str(), fmt.c_str(), &tm);
  if (!end) raise_value_error("time data %s does not match format %s", repr(args[0])->data,
                              repr(stdlib::str_val(fmt))->data);
  if (*end) raise_value_error("unconverted data remains: %s", end);
  // Day of week and of year from the date, as 2.7's _strptime computes them.
  struct tm norm = tm;
  norm.tm_hour = 12;
  norm.tm_isdst = 0;
  time_t t = timegm(&norm);
  struct tm full;
  gmtime_r(&t, &full);
  tm.tm_wday = full.tm_wday;
  tm.tm_yday = full.tm_yday;
  tm.tm_isdst = -1;
  return tm_to_struct(tm);
}

void register_time() {
  stdlib::structseq_register(&StructTimeType, "time.struct_time",
                             {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
                              "tm_isdst"});
}
TypeRegistrar treg(register_time);

void init_time(Module* m) {
  stdlib::structseq_install(&StructTimeType);
  stdlib::mod_set(m, "struct_time", Value(&StructTimeType));
  stdlib::mod_fns(m, {{"asctime", t_asctime},
                      {"clock", t_clock},
                      {"ctime", t_ctime},
                      {"gmtime", t_gmtime},
                      {"localtime", t_localtime},
                      {"mktime", t_mktime},
                      {"sleep", t_sleep},
                      {"strftime", t_strftime},
                      {"strptime", t_strptime},
                      {"time", t_time}});
  tzset();
  stdlib::mod_set(m, "timezone", make_int(timezone));
  stdlib::mod_set(m, "altzone", make_int(timezone - 3600));
  stdlib::mod_set(m, "daylight", make_int(daylight));
  stdlib::mod_set(m, "tzname", Value(tuple_of({stdlib::str_val(tzname[0]), stdlib::str_val(tzname[1])})));
  stdlib::mod_set(m, "accept2dyear", small_int(1));
}

NativeModule reg("time", init_time);

}  // namespace
}  // namespace pytrans::rt
