package dev.heatmap.spark;

import java.io.Serializable;

/**
 * One input file as listed on the driver.
 *
 * @param index its place in the listing: messages are printed in this order
 * @param name the name messages use: the argument as typed, and the path below it for a file found
 *     in a directory
 * @param uri where Hadoop's FileSystem opens it
 * @param size its size in bytes
 */
record InputFile(int index, String name, String uri, long size) implements Serializable {}
