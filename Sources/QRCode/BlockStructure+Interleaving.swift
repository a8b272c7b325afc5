extension BlockStructure {
    /// The final codeword sequence (7.6): the data split into blocks, each block's error
    /// correction appended, and both read out column by column across the blocks.
    ///
    /// Interleaving spreads a burst of damage, such as a smudge, over many blocks so that
    /// no single block loses more than it can correct.
    func interleave(data: [UInt8]) -> [UInt8] {
        precondition(data.count == dataCodewords, "data must fill the symbol's data capacity")
        let generator = ReedSolomon.generator(degree: errorCorrectionPerBlock)
        var dataBlocks: [ArraySlice<UInt8>] = []
        var correctionBlocks: [[UInt8]] = []
        var start = 0
        for blockIndex in 0..<blockCount {
            let length = shortBlockDataCodewords + (blockIndex < shortBlockCount ? 0 : 1)
            let block = data[start..<start + length]
            dataBlocks.append(block)
            correctionBlocks.append(ReedSolomon.remainder(of: block, generator: generator))
            start += length
        }

        var result: [UInt8] = []
        result.reserveCapacity(totalCodewords)
        for column in 0...shortBlockDataCodewords {
            // The short blocks have no codeword in the last column.
            for block in dataBlocks where column < block.count {
                result.append(block[block.startIndex + column])
            }
        }
        for column in 0..<errorCorrectionPerBlock {
            for block in correctionBlocks {
                result.append(block[column])
            }
        }
        return result
    }
}
