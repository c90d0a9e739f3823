// DistributedConfig from the environment variables that torchrun and friends set.
#include <cstdlib>
#include <stdexcept>
#include <string>

#include "mdd/distributed.h"

namespace mdd {
namespace {

const char* environment(const char* name, bool required) {
  const char* value = std::getenv(name);
  if ((value == nullptr || *value == '\0') && required)
    throw std::invalid_argument(std::string("distributed training needs the environment variable ") +
                                name +
                                " (set WORLD_SIZE, RANK, MASTER_ADDR and MASTER_PORT on every rank)");
  return value != nullptr && *value != '\0' ? value : nullptr;
}

int integerVariable(const char* name, const char* text) {
  const std::string value(text);
  std::size_t used = 0;
  int out = 0;
  try {
    out = std::stoi(value, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used == 0 || used != value.size())
    throw std::invalid_argument(std::string("environment variable ") + name +
                                " must be an integer, got '" + value + "'");
  return out;
}

}  // namespace

DistributedConfig distributedConfigFromEnvironment() {
  DistributedConfig c;
  c.worldSize = integerVariable("WORLD_SIZE", environment("WORLD_SIZE", true));
  c.rank = integerVariable("RANK", environment("RANK", true));
  c.masterAddr = environment("MASTER_ADDR", true);
  c.masterPort = integerVariable("MASTER_PORT", environment("MASTER_PORT", true));
  if (const char* local = environment("LOCAL_RANK", false))
    c.localRank = integerVariable("LOCAL_RANK", local);
  if (const char* timeout = environment("MDDNET_DIST_TIMEOUT", false))
    c.timeoutSeconds = integerVariable("MDDNET_DIST_TIMEOUT", timeout);
  validate(c);
  return c;
}

void validate(const DistributedConfig& c) {
  if (c.worldSize < 1)
    throw std::invalid_argument("world size must be at least 1, got " + std::to_string(c.worldSize));
  if (c.rank < 0 || c.rank >= c.worldSize)
    throw std::invalid_argument("rank " + std::to_string(c.rank) + " is outside 0.." +
                                std::to_string(c.worldSize - 1) + " (WORLD_SIZE " +
                                std::to_string(c.worldSize) + ")");
  if (c.masterPort < 1 || c.masterPort > 65535)
    throw std::invalid_argument("master port must be in 1..65535, got " +
                                std::to_string(c.masterPort));
  if (c.masterAddr.empty()) throw std::invalid_argument("master address is empty");
  if (c.timeoutSeconds < 1)
    throw std::invalid_argument("distributed timeout must be at least 1 second, got " +
                                std::to_string(c.timeoutSeconds));
}

}  // namespace mdd
