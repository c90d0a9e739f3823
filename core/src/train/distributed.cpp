#include "train/distributed.h"

#include <torch/version.h>

#include <cstdlib>

// Debian's LibTorch is built with Gloo, but ProcessGroupGloo.hpp needs Gloo's own headers
// (libgloo-dev). Without them the build still succeeds and training alone works.
#if defined(USE_C10D_GLOO) && __has_include(<gloo/context.h>)
#define MDD_HAVE_GLOO 1
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#else
#define MDD_HAVE_GLOO 0
#endif
#if defined(USE_C10D_NCCL)
#define MDD_HAVE_NCCL 1
#include <torch/csrc/distributed/c10d/ProcessGroupNCCL.hpp>
#else
#define MDD_HAVE_NCCL 0
#endif
#if MDD_HAVE_GLOO || MDD_HAVE_NCCL
#include <torch/csrc/distributed/c10d/TCPStore.hpp>
#endif

namespace mdd::train {

#if MDD_HAVE_GLOO || MDD_HAVE_NCCL
// LibTorch 2 turned the concrete groups into c10d::Backend; 1.x has c10d::ProcessGroup.
#if TORCH_VERSION_MAJOR >= 2
using GroupBase = c10d::Backend;
#else
using GroupBase = c10d::ProcessGroup;
#endif

struct DistributedGroup::Impl {
  c10::intrusive_ptr<c10d::Store> store;
  c10::intrusive_ptr<GroupBase> group;
  torch::Device commDevice{torch::kCPU};  // where the flat buffers live

  void allReduceSum(torch::Tensor& flat) {
    std::vector<at::Tensor> tensors{flat};
    group->allreduce(tensors)->wait();
  }
  void allReduceMax(torch::Tensor& flat) {
    std::vector<at::Tensor> tensors{flat};
    c10d::AllreduceOptions options;
    options.reduceOp = c10d::ReduceOp::MAX;
    group->allreduce(tensors, options)->wait();
  }
  void broadcastRoot(torch::Tensor& flat) {
    std::vector<at::Tensor> tensors{flat};
    c10d::BroadcastOptions options;
    options.rootRank = 0;
    group->broadcast(tensors, options)->wait();
  }
};

namespace {

bool isLoopback(const std::string& address) {
  return address == "localhost" || address.rfind("127.", 0) == 0 || address == "::1";
}

std::string plainMessage(const std::exception& e) {
  if (const auto* c10 = dynamic_cast<const c10::Error*>(&e)) return c10->what_without_backtrace();
  return e.what();
}

#if MDD_HAVE_GLOO
c10::intrusive_ptr<GroupBase> glooGroup(const c10::intrusive_ptr<c10d::Store>& store,
                                        const DistributedConfig& c) {
  auto options = c10d::ProcessGroupGloo::Options::create(std::chrono::seconds(c.timeoutSeconds));
  // As PyTorch: GLOO_SOCKET_IFNAME picks the network interface; otherwise the machine's
  // host name decides, except for a rendezvous on this machine, which stays on loopback.
  if (const char* interface = std::getenv("GLOO_SOCKET_IFNAME"))
    options->devices.push_back(c10d::ProcessGroupGloo::createDeviceForInterface(interface));
  else if (isLoopback(c.masterAddr))
    options->devices.push_back(c10d::ProcessGroupGloo::createDeviceForHostname("127.0.0.1"));
  else
    options->devices.push_back(c10d::ProcessGroupGloo::createDefaultDevice());
  return c10::make_intrusive<c10d::ProcessGroupGloo>(store, c.rank, c.worldSize, options);
}
#endif

#if MDD_HAVE_NCCL
c10::intrusive_ptr<GroupBase> ncclGroup(const c10::intrusive_ptr<c10d::Store>& store,
                                        const DistributedConfig& c) {
  auto options = c10d::ProcessGroupNCCL::Options::create();
  options->timeout = std::chrono::milliseconds(1000LL * c.timeoutSeconds);
  return c10::make_intrusive<c10d::ProcessGroupNCCL>(store, c.rank, c.worldSize, options);
}
#endif

}  // namespace

DistributedGroup::DistributedGroup(const DistributedConfig& config,
                                   [[maybe_unused]] const torch::Device& device)
    : config_(config), impl_(std::make_unique<Impl>()) {
  validate(config);
  const std::string where = config.masterAddr + ":" + std::to_string(config.masterPort);
  try {
    c10d::TCPStoreOptions options;
    options.port = static_cast<std::uint16_t>(config.masterPort);
    options.isServer = config.rank == 0;
    options.numWorkers = static_cast<std::size_t>(config.worldSize);
    options.waitWorkers = true;
    options.timeout = std::chrono::seconds(config.timeoutSeconds);
    impl_->store = c10::make_intrusive<c10d::TCPStore>(config.masterAddr, options);
#if MDD_HAVE_NCCL
    if (device.is_cuda()) {
      impl_->group = ncclGroup(impl_->store, config);
      impl_->commDevice = device;
    }
#endif
    if (!impl_->group) {
#if MDD_HAVE_GLOO
      impl_->group = glooGroup(impl_->store, config);
#else
      throw std::runtime_error(
          "this LibTorch build has no NCCL for a CUDA device and this build of MDD-Net has "
          "no Gloo (install libgloo-dev and rebuild)");
#endif
    }
  } catch (const std::exception& e) {
    throw std::runtime_error("rank " + std::to_string(config.rank) + " of " +
                             std::to_string(config.worldSize) + ": rendezvous at " + where +
                             " failed (" + plainMessage(e) +
                             "); start every rank with the same MASTER_ADDR, MASTER_PORT and "
                             "WORLD_SIZE, and check that rank 0 is reachable there");
  }
}

namespace {

torch::Tensor pack(const std::vector<torch::Tensor>& tensors, const torch::Device& device) {
  std::vector<torch::Tensor> flat;
  flat.reserve(tensors.size());
  for (const auto& t : tensors) flat.push_back(t.detach().reshape({-1}).to(device, torch::kFloat32));
  return flat.empty() ? torch::zeros({0}, torch::TensorOptions(device)) : torch::cat(flat);
}

void unpack(const torch::Tensor& flat, const std::vector<torch::Tensor>& tensors) {
  torch::NoGradGuard noGrad;
  int64_t offset = 0;
  for (const auto& t : tensors) {
    const int64_t n = t.numel();
    t.copy_(flat.narrow(0, offset, n).view(t.sizes()));
    offset += n;
  }
}

}  // namespace

void DistributedGroup::broadcastFromRoot(const std::vector<torch::Tensor>& tensors) {
  auto flat = pack(tensors, impl_->commDevice);
  impl_->broadcastRoot(flat);
  unpack(flat, tensors);
}

void DistributedGroup::averageInPlace(const std::vector<torch::Tensor>& tensors) {
  auto flat = pack(tensors, impl_->commDevice);
  impl_->allReduceSum(flat);
  flat.div_(config_.worldSize);
  unpack(flat, tensors);
}

void DistributedGroup::sumInPlace(torch::Tensor& tensor) {
  // Reduced-precision floats travel as fp32: Gloo has no bf16 reduction, and a bf16 sum
  // over ranks would round each partial sum again.
  const bool widen = tensor.is_floating_point() && tensor.element_size() < 4;
  auto flat = tensor.detach().to(impl_->commDevice, widen ? torch::kFloat32 : tensor.scalar_type())
                  .contiguous();
  impl_->allReduceSum(flat);
  tensor.detach().copy_(flat);
}

std::vector<double> DistributedGroup::average(const std::vector<double>& values) {
  auto flat = torch::tensor(values, torch::kFloat64).to(impl_->commDevice);
  impl_->allReduceSum(flat);
  flat = (flat / config_.worldSize).to(torch::kCPU);
  return std::vector<double>(flat.data_ptr<double>(), flat.data_ptr<double>() + flat.numel());
}

double DistributedGroup::maxDifferenceFromRoot(const std::vector<torch::Tensor>& tensors) {
  const auto mine = pack(tensors, impl_->commDevice);
  auto root = mine.clone();
  impl_->broadcastRoot(root);
  auto worst = mine.numel() ? (mine - root).abs().max().reshape({1})
                            : torch::zeros({1}, torch::TensorOptions(impl_->commDevice));
  impl_->allReduceMax(worst);  // every rank learns the largest difference anywhere
  return worst.item<double>();
}

#else  // no c10d backend in this LibTorch

struct DistributedGroup::Impl {};

DistributedGroup::DistributedGroup(const DistributedConfig& config, const torch::Device&)
    : config_(config) {
  throw std::runtime_error(
      "distributed training is not available: this LibTorch build has no c10d backend "
      "(Gloo or NCCL)");
}
// Unreachable: the constructor throws.
void DistributedGroup::broadcastFromRoot(const std::vector<torch::Tensor>&) {}
void DistributedGroup::averageInPlace(const std::vector<torch::Tensor>&) {}
void DistributedGroup::sumInPlace(torch::Tensor&) {}
std::vector<double> DistributedGroup::average(const std::vector<double>& values) { return values; }
double DistributedGroup::maxDifferenceFromRoot(const std::vector<torch::Tensor>&) { return 0; }

#endif

DistributedGroup::~DistributedGroup() = default;

std::vector<torch::Tensor> gradientsOf(const std::vector<torch::Tensor>& parameters) {
  std::vector<torch::Tensor> out;
  out.reserve(parameters.size());
  for (const auto& p : parameters) {
    if (!p.grad().defined()) p.mutable_grad() = torch::zeros_like(p);
    out.push_back(p.grad());
  }
  return out;
}

std::vector<torch::Tensor> floatingBuffersOf(const torch::nn::Module& module) {
  std::vector<torch::Tensor> out;
  for (const auto& b : module.buffers())
    if (b.is_floating_point()) out.push_back(b);
  return out;
}

}  // namespace mdd::train

namespace mdd {

std::string distributedBackends() {
  std::string out;
  if (MDD_HAVE_GLOO) out += "gloo";
  if (MDD_HAVE_NCCL) out += out.empty() ? "nccl" : ", nccl";
  return out.empty() ? "none" : out;
}

}  // namespace mdd
