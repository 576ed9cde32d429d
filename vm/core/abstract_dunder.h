// Operator dunders run as frames (DESIGN.md: the resumable core). When an operator on an
// instance of a Python class would start by calling one of the class's own Python functions
// (a.__add__(b), a.__lt__(b), c.__getitem__(k)) and nothing else observable happens before
// that call, the interpreter pushes that function's frame on the thread's frame stack instead
// of calling it through the C++ slot, so deep recursion through operators needs no C++ stack
// and a host can suspend the loop inside them. If the function returns NotImplemented, the
// *Resume functions carry on with the rest of CPython's dispatch from that point.
//
// The *Dunder functions return the attribute found on the type (borrowed; the caller checks it
// is a plain Python function) or null (no error set) when the generic path must be taken.
#pragma once

#include "core/abstract.h"
#include "core/object.h"

namespace krait {

// ---- Binary operators (BINARY_OP; op is a BinOp value, Power excluded) ----
// *inplaceCall tells whether the function found is the in-place dunder (__iadd__).
Object* binaryOpDunder(Object* a, Object* b, int op, bool* inplaceCall);
// After the dunder returned NotImplemented: the reflected operand's turn, then CPython's
// "unsupported operand type(s)" TypeError. New reference, or null with an error set.
Object* binaryOpDunderResume(Object* a, Object* b, int op, bool inplaceCall);

// ---- Rich comparisons (COMPARE_OP) ----
Object* richCompareDunder(Object* a, Object* b, CompareOp op);
Object* richCompareDunderResume(Object* a, Object* b, CompareOp op);

// ---- Subscription (BINARY_SUBSCR): type(c).__getitem__ ----
Object* getItemDunder(Object* c);

// ---- Iteration (FOR_ITER): type(it).__next__ ----
Object* iterNextDunder(Object* it);

// ---- Item assignment (STORE_SUBSCR): type(c).__setitem__ ----
Object* setItemDunder(Object* c);

// ---- Calling an instance (CALL): type(o).__call__ ----
Object* callDunderFunction(Object* o);

// Whether f, found at offsetof(Type, number.add / number.multiply), is a builtin sequence's
// concat/repeat (CPython's sq_concat / sq_repeat, not a number slot: core/abstract_number.cpp).
bool isSequenceNumberSlot(BinaryFn f, size_t typeOffset);

// Implemented in objects/type_slots.cpp for the functions above (offsets are offsetof(Type,
// number.<slot>)).
Object* binarySlotDunder(Object* a, Object* b, size_t typeOffset);
Object* binarySlotDunderResume(Object* a, Object* b, size_t typeOffset);
Object* inplaceSlotDunder(Object* a, size_t typeOffset);

}  // namespace krait
