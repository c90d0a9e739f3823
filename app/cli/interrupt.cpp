#include "interrupt.h"

#include <atomic>
#include <csignal>

#include "exit_codes.h"

namespace mdd::cli {
namespace {

// A signal handler may only touch lock-free atomics and volatile sig_atomic_t.
static_assert(std::atomic<bool>::is_always_lock_free, "CancelToken must be signal-safe");
static_assert(std::atomic<CancelToken*>::is_always_lock_free, "the token pointer too");
std::atomic<CancelToken*> gToken{nullptr};
volatile std::sig_atomic_t gSignal = 0;
struct sigaction gPreviousInt {}, gPreviousTerm {};

extern "C" void onSignal(int signal) {
  gSignal = signal;
  if (CancelToken* token = gToken.load()) token->cancel();  // one atomic store
}

void install(int signal, struct sigaction* previous) {
  struct sigaction action {};
  action.sa_handler = onSignal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESETHAND;  // the next signal gets the default action: it kills
  sigaction(signal, &action, previous);
}

}  // namespace

InterruptHandler::InterruptHandler(CancelToken& token) {
  gSignal = 0;
  gToken.store(&token);
  install(SIGINT, &gPreviousInt);
  install(SIGTERM, &gPreviousTerm);
}

InterruptHandler::~InterruptHandler() {
  sigaction(SIGINT, &gPreviousInt, nullptr);
  sigaction(SIGTERM, &gPreviousTerm, nullptr);
  gToken.store(nullptr);
}

bool InterruptHandler::interrupted() const { return gSignal != 0; }

int InterruptHandler::exitCode() const { return gSignal == SIGTERM ? kTerminated : kCancelled; }

}  // namespace mdd::cli
