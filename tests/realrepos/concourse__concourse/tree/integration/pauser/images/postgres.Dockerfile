FROM ${postgres_image} AS base
