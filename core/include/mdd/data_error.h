#pragma once
// The one exception type of the data layer (image files, dataset folders, textures).
// Torch-free.
#include <stdexcept>
#include <string>

namespace mdd {

// Thrown for bad input data. The message always names the file or folder concerned, says
// what is wrong with it and, where there is one, the fix.
class DataError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace mdd
