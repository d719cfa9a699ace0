// SPDX-License-Identifier: Apache-2.0
// dict views (2.7's d.viewkeys(), d.viewvalues(), d.viewitems()): live
// windows on a dict. See dictview.cc.
#pragma once
#include "core/value.h"
#include "objects/dict.h"

namespace pytrans::rt {

struct DictView : Object {
  Dict* dict;
};

extern Type DictKeysType, DictValuesType, DictItemsType;

Value dictview_new(Dict* d, DictIterKind kind);

}  // namespace pytrans::rt
