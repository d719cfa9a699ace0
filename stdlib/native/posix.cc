// SPDX-License-Identifier: Apache-2.0
// posix: the operating-system core under os.py (Python 2.7 on Linux).
//
// Failures raise OSError(errno, strerror[, filename]) exactly as 2.7's
// posix_error_with_filename does, so messages read "[Errno 2] No such file
// or directory: 'x'". environ is a plain dict snapshot taken at import, as
// in 2.7 (os.py wraps it so that assignments call putenv).
#include <dirent.h>
#include <fcntl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utime.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <string>

#include "objects/file.h"
#include "support.h"

extern char** environ;

namespace pytrans::rt {
namespace {

Type StatResultType;

[[noreturn]] void os_error(int err, Value filename = Value()) {
  Value msg = stdlib::str_val(std::strerror(err));
  if (filename.is_null()) {
    Value a[] = {small_int(err), msg};
    raise(call_v(Value(&OSErrorType), a, 2));
  }
  Value a[] = {small_int(err), msg, filename};
  raise(call_v(Value(&OSErrorType), a, 3));
}

std::string path_arg(const char* fname, Value v) {
  if (!is_str(v)) raise_type_error("coercing to Unicode: need string or buffer, %s found", type_name(v));
  (void)fname;
  std::string_view s = v.as<Str>()->view();
  if (s.find('\0') != std::string_view::npos) raise_type_error("must be encoded string without NULL bytes, not str");
  return std::string(s);
}

int int_arg(Value v) { return static_cast<int>(stdlib::to_i64(v)); }

// ---- functions (alphabetical) ----

Value p_exit(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("_exit", nargs, 1, 1);
  _exit(int_arg(args[0]));
}

Value p_access(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("access", nargs, 2, 2);
  return from_bool(access(path_arg("access", args[0]).c_str(), int_arg(args[1])) == 0);
}

Value p_chdir(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("chdir", nargs, 1, 1);
  if (chdir(path_arg("chdir", args[0]).c_str()) != 0) os_error(errno, args[0]);
  return None();
}

Value p_chmod(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("chmod", nargs, 2, 2);
  if (chmod(path_arg("chmod", args[0]).c_str(), static_cast<mode_t>(int_arg(args[1]))) != 0) os_error(errno, args[0]);
  return None();
}

Value p_close(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("close", nargs, 1, 1);
  if (close(int_arg(args[0])) != 0) os_error(errno);
  return None();
}

Value p_dup(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("dup", nargs, 1, 1);
  int r = dup(int_arg(args[0]));
  if (r < 0) os_error(errno);
  return small_int(r);
}

Value p_dup2(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("dup2", nargs, 2, 2);
  if (dup2(int_arg(args[0]), int_arg(args[1])) < 0) os_error(errno);
  return None();
}

Value stat_value(const struct stat& st) {
  Tuple* r = stdlib::structseq_new(&StatResultType);
  int64_t v[10] = {st.st_mode, static_cast<int64_t>(st.st_ino), static_cast<int64_t>(st.st_dev),
                   static_cast<int64_t>(st.st_nlink), st.st_uid, st.st_gid, st.st_size,
                   st.st_atim.tv_sec, st.st_mtim.tv_sec, st.st_ctim.tv_sec};
  for (int i = 0; i < 10; ++i) r->items[i] = make_int(v[i]);
  r->items[10] = make_float(st.st_atim.tv_sec + st.st_atim.tv_nsec * 1e-9);
  r->items[11] = make_float(st.st_mtim.tv_sec + st.st_mtim.tv_nsec * 1e-9);
  r->items[12] = make_float(st.st_ctim.tv_sec + st.st_ctim.tv_nsec * 1e-9);
  r->items[13] = make_int(st.st_blksize);
  r->items[14] = make_int(st.st_blocks);
  r->items[15] = make_int(static_cast<int64_t>(st.st_rdev));
  return Value(r);
}

Value p_fstat(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("fstat", nargs, 1, 1);
  struct stat st;
  if (fstat(int_arg(args[0]), &st) != 0) os_error(errno);
  return stat_value(st);
}

Value p_getcwd(Value, const Value*, size_t nargs, Tuple*) {
  check_nargs("getcwd", nargs, 0, 0);
  char buf[4096];
  if (!getcwd(buf, sizeof buf)) os_error(errno);
  return stdlib::str_val(buf);
}

Value p_getegid(Value, const Value*, size_t, Tuple*) { return make_int(getegid()); }
Value p_geteuid(Value, const Value*, size_t, Tuple*) { return make_int(geteuid()); }
Value p_getgid(Value, const Value*, size_t, Tuple*) { return make_int(getgid()); }
Value p_getpid(Value, const Value*, size_t, Tuple*) { return make_int(getpid()); }
Value p_getppid(Value, const Value*, size_t, Tuple*) { return make_int(getppid()); }
Value p_getuid(Value, const Value*, size_t, Tuple*) { return make_int(getuid()); }

Value p_getlogin(Value, const Value*, size_t, Tuple*) {
  const char* n = getlogin();
  if (!n) os_error(errno ? errno : ENOTTY);
  return stdlib::str_val(n);
}

Value p_isatty(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("isatty", nargs, 1, 1);
  return from_bool(isatty(int_arg(args[0])) == 1);
}

Value p_kill(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("kill", nargs, 2, 2);
  if (kill(static_cast<pid_t>(int_arg(args[0])), int_arg(args[1])) != 0) os_error(errno);
  return None();
}

Value p_listdir(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("listdir", nargs, 1, 1);
  std::string p = path_arg("listdir", args[0]);
  DIR* d = opendir(p.empty() ? "." : p.c_str());
  if (!d) os_error(errno, args[0]);
  List* out = list_new();
  errno = 0;
  while (struct dirent* e = readdir(d)) {
    if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0) continue;
    list_append(out, stdlib::str_val(e->d_name));
  }
  int err = errno;
  closedir(d);
  if (err) os_error(err, args[0]);
  return Value(out);
}

Value p_lseek(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("lseek", nargs, 3, 3);
  off_t r = lseek(int_arg(args[0]), static_cast<off_t>(stdlib::to_i64(args[1])), int_arg(args[2]));
  if (r < 0) os_error(errno);
  return make_int(r);
}

Value p_lstat(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("lstat", nargs, 1, 1);
  struct stat st;
  if (lstat(path_arg("lstat", args[0]).c_str(), &st) != 0) os_error(errno, args[0]);
  return stat_value(st);
}

Value p_mkdir(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("mkdir", nargs, 1, 2);
  int mode = nargs > 1 ? int_arg(args[1]) : 0777;
  if (mkdir(path_arg("mkdir", args[0]).c_str(), static_cast<mode_t>(mode)) != 0) os_error(errno, args[0]);
  return None();
}

Value p_open(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("open", nargs, 2, 3);
  int mode = nargs > 2 ? int_arg(args[2]) : 0777;
  int fd = open(path_arg("open", args[0]).c_str(), int_arg(args[1]), mode);
  if (fd < 0) os_error(errno, args[0]);
  return small_int(fd);
}

Value p_pipe(Value, const Value*, size_t nargs, Tuple*) {
  check_nargs("pipe", nargs, 0, 0);
  int fds[2];
  if (pipe(fds) != 0) os_error(errno);
  return Value(tuple_of({small_int(fds[0]), small_int(fds[1])}));
}

Value p_putenv(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("putenv", nargs, 2, 2);
  std::string k(stdlib::to_str_view(args[0])), v(stdlib::to_str_view(args[1]));
  if (setenv(k.c_str(), v.c_str(), 1) != 0) os_error(errno);
  return None();
}

Value p_read(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("read", nargs, 2, 2);
  int64_t n = stdlib::to_i64(args[1]);
  if (n < 0) os_error(EINVAL);
  std::string buf(static_cast<size_t>(n), '\0');
  ssize_t r;
  do r = read(int_arg(args[0]), buf.data(), static_cast<size_t>(n));
  while (r < 0 && errno == EINTR);
  if (r < 0) os_error(errno);
  return stdlib::str_val(std::string_view(buf.data(), static_cast<size_t>(r)));
}

Value p_readlink(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("readlink", nargs, 1, 1);
  char buf[4096];
  ssize_t n = readlink(path_arg("readlink", args[0]).c_str(), buf, sizeof buf);
  if (n < 0) os_error(errno, args[0]);
  return stdlib::str_val(std::string_view(buf, static_cast<size_t>(n)));
}

Value p_remove(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("remove", nargs, 1, 1);
  if (unlink(path_arg("remove", args[0]).c_str()) != 0) os_error(errno, args[0]);
  return None();
}

Value p_rename(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("rename", nargs, 2, 2);
  if (rename(path_arg("rename", args[0]).c_str(), path_arg("rename", args[1]).c_str()) != 0) os_error(errno);
  return None();
}

Value p_rmdir(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("rmdir", nargs, 1, 1);
  if (rmdir(path_arg("rmdir", args[0]).c_str()) != 0) os_error(errno, args[0]);
  return None();
}

Value p_stat(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("stat", nargs, 1, 1);
  struct stat st;
  if (stat(path_arg("stat", args[0]).c_str(), &st) != 0) os_error(errno, args[0]);
  return stat_value(st);
}

Value p_strerror(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("strerror", nargs, 1, 1);
  return stdlib::str_val(std::strerror(int_arg(args[0])));
}

Value p_symlink(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("symlink", nargs, 2, 2);
  if (symlink(path_arg("symlink", args[0]).c_str(), path_arg("symlink", args[1]).c_str()) != 0) os_error(errno);
  return None();
}

Value p_system(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("system", nargs, 1, 1);
  flush_std_files();
  int r = system(std::string(stdlib::to_str_view(args[0])).c_str());
  return make_int(r);
}

Value p_umask(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("umask", nargs, 1, 1);
  return make_int(umask(static_cast<mode_t>(int_arg(args[0]))));
}

Value p_uname(Value, const Value*, size_t, Tuple*) {
  struct utsname u;
  if (uname(&u) != 0) os_error(errno);
  return Value(tuple_of({stdlib::str_val(u.sysname), stdlib::str_val(u.nodename), stdlib::str_val(u.release),
                         stdlib::str_val(u.version), stdlib::str_val(u.machine)}));
}

Value p_unsetenv(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("unsetenv", nargs, 1, 1);
  unsetenv(std::string(stdlib::to_str_view(args[0])).c_str());
  return None();
}

Value p_urandom(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("urandom", nargs, 1, 1);
  int64_t n = stdlib::to_i64(args[0]);
  if (n < 0) raise_value_error("negative argument not allowed");
  std::string buf(static_cast<size_t>(n), '\0');
  size_t got = 0;
  while (got < buf.size()) {
    ssize_t k = getrandom(buf.data() + got, buf.size() - got, 0);
    if (k < 0) {
      if (errno == EINTR) continue;
      os_error(errno);
    }
    got += static_cast<size_t>(k);
  }
  return stdlib::str_val(buf);
}

Value p_utime(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("utime", nargs, 2, 2);
  std::string p = path_arg("utime", args[0]);
  int r;
  if (is_none(args[1])) {
    r = utime(p.c_str(), nullptr);
  } else {
    if (!is_tuple(args[1]) || args[1].as<Tuple>()->len != 2) raise_type_error("utime() arg 2 must be a tuple (atime, mtime)");
    struct utimbuf b;
    b.actime = static_cast<time_t>(stdlib::to_double(args[1].as<Tuple>()->items[0]));
    b.modtime = static_cast<time_t>(stdlib::to_double(args[1].as<Tuple>()->items[1]));
    r = utime(p.c_str(), &b);
  }
  if (r != 0) os_error(errno, args[0]);
  return None();
}

Value p_waitpid(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("waitpid", nargs, 2, 2);
  int status = 0;
  pid_t r = waitpid(static_cast<pid_t>(int_arg(args[0])), &status, int_arg(args[1]));
  if (r < 0) os_error(errno);
  return Value(tuple_of({make_int(r), make_int(status)}));
}

Value p_write(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("write", nargs, 2, 2);
  std::string_view s = stdlib::to_str_view(args[1]);
  ssize_t r;
  do r = write(int_arg(args[0]), s.data(), s.size());
  while (r < 0 && errno == EINTR);
  if (r < 0) os_error(errno);
  return make_int(r);
}

#define WMACRO(name, expr)                                            \
  Value p_##name(Value, const Value* args, size_t nargs, Tuple*) {    \
    check_nargs(#name, nargs, 1, 1);                                  \
    int status = int_arg(args[0]);                                    \
    return expr;                                                      \
  }
WMACRO(WEXITSTATUS, make_int(WEXITSTATUS(status)))
WMACRO(WIFEXITED, from_bool(WIFEXITED(status)))
WMACRO(WIFSIGNALED, from_bool(WIFSIGNALED(status)))
WMACRO(WTERMSIG, make_int(WTERMSIG(status)))

void register_posix() {
  stdlib::structseq_register(&StatResultType, "posix.stat_result",
                             {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime",
                              "st_mtime", "st_ctime"},
                             {"st_atime", "st_mtime", "st_ctime", "st_blksize", "st_blocks", "st_rdev"});
}
TypeRegistrar treg(register_posix);

void init_posix(Module* m) {
  stdlib::structseq_install(&StatResultType);
  stdlib::mod_set(m, "stat_result", Value(&StatResultType));
  stdlib::mod_set(m, "error", Value(&OSErrorType));
  Dict* env = dict_new();
  for (char** e = environ; e && *e; ++e) {
    const char* eq = std::strchr(*e, '=');
    if (!eq) continue;
    Value k = stdlib::str_val(std::string_view(*e, static_cast<size_t>(eq - *e)));
    if (dict_get(env, k).is_null()) dict_set(env, k, stdlib::str_val(eq + 1));
  }
  stdlib::mod_set(m, "environ", Value(env));
  stdlib::mod_fns(m, {{"WEXITSTATUS", p_WEXITSTATUS}, {"WIFEXITED", p_WIFEXITED}, {"WIFSIGNALED", p_WIFSIGNALED},
                      {"WTERMSIG", p_WTERMSIG},
                      {"_exit", p_exit},         {"access", p_access},     {"chdir", p_chdir},
                      {"chmod", p_chmod},        {"close", p_close},       {"dup", p_dup},
                      {"dup2", p_dup2},          {"fstat", p_fstat},       {"getcwd", p_getcwd},
                      {"getegid", p_getegid},    {"geteuid", p_geteuid},   {"getgid", p_getgid},
                      {"getlogin", p_getlogin},  {"getpid", p_getpid},     {"getppid", p_getppid},
                      {"getuid", p_getuid},      {"isatty", p_isatty},     {"kill", p_kill},
                      {"listdir", p_listdir},    {"lseek", p_lseek},       {"lstat", p_lstat},
                      {"mkdir", p_mkdir},        {"open", p_open},         {"pipe", p_pipe},
                      {"putenv", p_putenv},      {"read", p_read},         {"readlink", p_readlink},
                      {"remove", p_remove},      {"rename", p_rename},     {"rmdir", p_rmdir},
                      {"stat", p_stat},          {"strerror", p_strerror}, {"symlink", p_symlink},
                      {"system", p_system},      {"umask", p_umask},       {"uname", p_uname},
                      {"unlink", p_remove},      {"unsetenv", p_unsetenv}, {"urandom", p_urandom},
                      {"utime", p_utime},        {"waitpid", p_waitpid},   {"write", p_write}});
  struct Const {
    const char* name;
    int64_t v;
  };
  const Const consts[] = {{"F_OK", F_OK},         {"R_OK", R_OK},           {"W_OK", W_OK},
                          {"X_OK", X_OK},         {"O_RDONLY", O_RDONLY},   {"O_WRONLY", O_WRONLY},
                          {"O_RDWR", O_RDWR},     {"O_APPEND", O_APPEND},   {"O_CREAT", O_CREAT},
                          {"O_EXCL", O_EXCL},     {"O_TRUNC", O_TRUNC},     {"O_NONBLOCK", O_NONBLOCK},
                          {"O_NOCTTY", O_NOCTTY}, {"O_SYNC", O_SYNC},       {"O_NDELAY", O_NDELAY},
                          {"WNOHANG", WNOHANG},   {"EX_OK", 0},             {"SEEK_SET", SEEK_SET},
                          {"SEEK_CUR", SEEK_CUR}, {"SEEK_END", SEEK_END}};
  for (const Const& c : consts) stdlib::mod_set(m, c.name, make_int(c.v));
}

NativeModule reg("posix", init_posix);

}  // namespace
}  // namespace pytrans::rt
