// The _asyncio module. CPython's is a C accelerator for asyncio's Future and Task; Lib's
// asyncio falls back to its pure-Python classes without it, but then a few messages differ
// from what CPython prints ("Result is not ready." for "Result is not set.", "FINISHED:
// <Future ...>" for "invalid state"). This module gives Lib the C classes' behaviour as thin
// subclasses of the pure-Python ones. They are built on first access (module __getattr__),
// because asyncio.futures and asyncio.tasks import _asyncio while they are being defined.
// Everything else (_enter_task, get_running_loop, ...) is left to Lib's Python versions.
#include "modules/embedded_py_module.h"
#include "modules/modules.h"

namespace krait {

namespace {

const char kAsyncioSource[] = R"PY(
import sys as _sys

_built = {}

def _module(name):
    m = _sys.modules.get(name)
    if m is None:
        __import__(name)
        m = _sys.modules[name]
    return m

def _future_class():
    futures = _module('asyncio.futures')
    InvalidStateError = _module('asyncio.exceptions').InvalidStateError
    base = futures._PyFuture

    class Future(base):
        def result(self):
            if self._state == 'CANCELLED':
                raise self._make_cancelled_error()
            if self._state != 'FINISHED':
                raise InvalidStateError('Result is not set.')
            return base.result(self)

        def set_result(self, result):
            if self._state != 'PENDING':
                raise InvalidStateError('invalid state')
            base.set_result(self, result)

        def set_exception(self, exception):
            if self._state != 'PENDING':
                raise InvalidStateError('invalid state')
            base.set_exception(self, exception)

    Future.__module__ = '_asyncio'
    Future.__qualname__ = 'Future'
    return Future

def _task_class():
    tasks = _module('asyncio.tasks')
    futures = _module('asyncio.futures')
    InvalidStateError = _module('asyncio.exceptions').InvalidStateError
    base = tasks._PyTask

    step = base._Task__step

    class Task(base):
        # The C task steps its coroutine from C: an exception it stores has no Task.__step
        # frame at the head of its traceback. Drop the Python one to match.
        def _Task__step(self, exc=None):
            step(self, exc)
            e = self._exception
            if e is not None:
                tb = self._exception_tb
                if tb is not None and tb.tb_frame.f_code is step.__code__:
                    self._exception_tb = tb.tb_next
                    e.__traceback__ = tb.tb_next
            # The dropped traceback entry's frame links back to this one: clear the locals so
            # that this frame keeps neither the task nor its exception alive (a task whose
            # exception is never retrieved must be freed, and reported, as soon as it is
            # unreachable, as CPython's C task is).
            self = e = tb = None

        def result(self):
            if self._state == 'CANCELLED':
                raise self._make_cancelled_error()
            if self._state != 'FINISHED':
                raise InvalidStateError('Result is not set.')
            return futures._PyFuture.result(self)

        # As the C task's finalizer, this needs no module globals (which may already be
        # cleared when a task dies at interpreter exit).
        def __del__(self, _future_del=futures._PyFuture.__del__):
            if self._state == 'PENDING' and self._log_destroy_pending:
                context = {
                    'task': self,
                    'message': 'Task was destroyed but it is pending!',
                }
                if self._source_traceback:
                    context['source_traceback'] = self._source_traceback
                self._loop.call_exception_handler(context)
            _future_del(self)

    Task.__module__ = '_asyncio'
    Task.__qualname__ = 'Task'
    return Task

def __getattr__(name):
    if name in _built:
        return _built[name]
    if name == 'Future':
        cls = _future_class()
    elif name == 'Task':
        cls = _task_class()
    else:
        raise AttributeError("module '_asyncio' has no attribute '%s'" % name)
    return _built.setdefault(name, cls)
)PY";

}  // namespace

Object* createAsyncioModule(InterpState*) {
    return moduleFromEmbeddedSource("_asyncio", kAsyncioSource);
}

}  // namespace krait
