// SPDX-License-Identifier: Apache-2.0
// memoryview and buffer: views of the bytes of a str, bytearray (or, for
// buffer, unicode). See memoryview.cc.
#pragma once
#include <string>

#include "core/value.h"

namespace pytrans::rt {

extern Type MemoryViewType, BufferType;

// The bytes a memoryview or buffer currently sees; false for other values.
bool view_bytes(Value v, std::string* out);

// The bytes of a bytearray or buffer, which int(), long() and float() read
// as text (2.7's old character-buffer protocol); false for other values.
bool char_buffer_bytes(Value v, std::string* out);

}  // namespace pytrans::rt
