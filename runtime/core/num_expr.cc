// SPDX-License-Identifier: Apache-2.0
// The out-of-line half of core/num_expr.h: operands that are not both
// floats (or a float and a small int) go through the generic operators.
#include "core/num_expr.h"

namespace pytrans::rt {

Num num_binary_slow(Num a, Num b, NumberSlot slot) {
  Value x = num_value(a), y = num_value(b);
  switch (slot) {
    case kNbAdd: return num_load(add(x, y));
    case kNbSub: return num_load(sub(x, y));
    case kNbMul: return num_load(mul(x, y));
    case kNbDiv: return num_load(div(x, y));
    default: return num_load(binary_op(x, y, slot));
  }
}

Num num_inplace_slow(Num a, Num b, NumberSlot slot) {
  return num_load(inplace_op(num_value(a), num_value(b), slot));
}

Num num_neg_slow(Num a) { return num_load(neg(a.value())); }

}  // namespace pytrans::rt
