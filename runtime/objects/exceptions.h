// SPDX-License-Identifier: Apache-2.0
// The 2.7 exception hierarchy. Every builtin exception class is a Type with
// a BaseException layout; extra attributes (errno, strerror, filename, code)
// live in the instance dict, and __str__ is computed per class as in 2.7.
#pragma once
#include "core/value.h"
#include "objects/traceback.h"

namespace pytrans::rt {

struct BaseException : Object {
  Dict* dict;
  Tuple* args;
  Value message;
  Value traceback;  // Traceback object of the last raise
};

#define PYTRANS_EXCEPTIONS(X)                                   \
  X(BaseException, ObjectType)                                  \
  X(SystemExit, BaseExceptionType)                              \
  X(KeyboardInterrupt, BaseExceptionType)                       \
  X(GeneratorExit, BaseExceptionType)                           \
  X(Exception, BaseExceptionType)                               \
  X(StopIteration, ExceptionType)                               \
  X(StandardError, ExceptionType)                               \
  X(BufferError, StandardErrorType)                             \
  X(ArithmeticError, StandardErrorType)                         \
  X(FloatingPointError, ArithmeticErrorType)                    \
  X(OverflowError, ArithmeticErrorType)                         \
  X(ZeroDivisionError, ArithmeticErrorType)                     \
  X(AssertionError, StandardErrorType)                          \
  X(AttributeError, StandardErrorType)                          \
  X(EnvironmentError, StandardErrorType)                        \
  X(IOError, EnvironmentErrorType)                              \
  X(OSError, EnvironmentErrorType)                              \
  X(EOFError, StandardErrorType)                                \
  X(ImportError, StandardErrorType)                             \
  X(LookupError, StandardErrorType)                             \
  X(IndexError, LookupErrorType)                                \
  X(KeyError, LookupErrorType)                                  \
  X(MemoryError, StandardErrorType)                             \
  X(NameError, StandardErrorType)                               \
  X(UnboundLocalError, NameErrorType)                           \
  X(ReferenceError, StandardErrorType)                          \
  X(RuntimeError, StandardErrorType)                            \
  X(NotImplementedError, RuntimeErrorType)                      \
  X(SyntaxError, StandardErrorType)                             \
  X(IndentationError, SyntaxErrorType)                          \
  X(TabError, IndentationErrorType)                             \
  X(SystemError, StandardErrorType)                             \
  X(TypeError, StandardErrorType)                               \
  X(ValueError, StandardErrorType)                              \
  X(UnicodeError, ValueErrorType)                               \
  X(UnicodeDecodeError, UnicodeErrorType)                       \
  X(UnicodeEncodeError, UnicodeErrorType)                       \
  X(UnicodeTranslateError, UnicodeErrorType)                    \
  X(Warning, ExceptionType)                                     \
  X(DeprecationWarning, WarningType)                            \
  X(PendingDeprecationWarning, WarningType)                     \
  X(RuntimeWarning, WarningType)                                \
  X(SyntaxWarning, WarningType)                                 \
  X(UserWarning, WarningType)                                   \
  X(FutureWarning, WarningType)                                 \
  X(ImportWarning, WarningType)                                 \
  X(UnicodeWarning, WarningType)                                \
  X(BytesWarning, WarningType)

#define PYTRANS_DECLARE_EXC(name, base) extern Type name##Type;
PYTRANS_EXCEPTIONS(PYTRANS_DECLARE_EXC)
#undef PYTRANS_DECLARE_EXC

inline bool is_exception_instance(Value v) {
  return !v.is_small_int() && (v.obj()->type->flags & kTypeExcSubclass);
}
// Creates an instance of a builtin exception type with the given args.
Value exc_new(Type* t, const Value* args, size_t nargs);
Value exc_new_msg(Type* t, const char* msg);
// str(exc) as the traceback printer and `print e` show it.
Str* exc_str(Value exc);
// Prints the traceback + last line exactly as CPython 2.7 does to stderr.
void print_exception(Value exc, Value tb);

}  // namespace pytrans::rt
